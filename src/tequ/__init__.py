"""tequ (特区): Chinese government and policy news into a cited, searchable knowledge base."""

__version__ = "0.1.0"

#: Bumped whenever extraction output changes, so that ``tequ reindex`` knows what is stale.
PIPELINE_VERSION = 3
