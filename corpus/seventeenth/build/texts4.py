"""Raw texts, exactly as the search tool (corpus `pages`) returned them (JSON-escaped string literals)."""
from ids import ID

TEXTS = {}
