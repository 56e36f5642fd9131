"""Unit tests for cli.render: how rows read in a table, no servers."""

from chronicle.cli.render import Format, console, render_rows


def test_table_cell_drops_the_paragraph_break_after_a_sentence() -> None:
    with console.capture() as captured:
        render_rows([{"sentence": "Troops were withdrawn.\n\n", "source": "Desk"}], Format.table)
    lines = captured.get().splitlines()
    body = [line for line in lines if line.startswith("│")]
    assert len(body) == 1 and "Troops were withdrawn." in body[0]


def test_table_cell_keeps_markup_like_text_as_data() -> None:
    with console.capture() as captured:
        render_rows([{"who": "[ISW]"}], Format.table)
    assert "[ISW]" in captured.get()
