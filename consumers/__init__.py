"""The queue side: message contracts, reading input files, publishing, and the FastStream worker."""
