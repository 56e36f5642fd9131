"""Pure extraction: article text in, GraphDoc out. No servers, no files beyond packaged data."""
