"""`python -m chronicle` runs the same CLI as the `chronicle` command."""

from chronicle.cli.main import app

app(prog_name="chronicle")
