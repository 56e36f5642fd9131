"""spaCy pipeline components: one job each, registered in `extraction.factories`."""

__all__: list[str] = []
