"""Raw texts of corpus/eighteenth (JSON-escaped string literals as the search tool returned them)."""
from ids import ID

TEXTS = {}
