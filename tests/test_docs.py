"""Every command and option of the CLI, and every make target a user runs, is documented in the README."""
import click

from timeline.cli import main

from .helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_and_option_is_in_the_readme():
    missing = []
    for name, command in main.commands.items():
        if f"timeline {name}" not in README:
            missing.append(f"timeline {name}")
        for param in command.params:
            if isinstance(param, click.Option) and not param.hidden and param.name != "help":
                if not any(f"`{opt}" in README or f"{opt} " in README for opt in param.opts):
                    missing.append(f"timeline {name} {param.opts[0]}")
    assert not missing, f"undocumented in README.md: {missing}"


def test_the_make_targets_are_in_the_readme():
    for target in ("make site", "make test", "make bench", "make fuzz", "make serve"):
        assert target in README
