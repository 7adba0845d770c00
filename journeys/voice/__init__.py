"""What customers say: sentiment, themes (clusters named by keyphrases), emerging issues, priorities.

The one home for reading customers' own words, shared by answers and weekly summaries:

- `sentiment.polarity(text, score, score_type)`: the customer's score where there is one, else VADER.
- `engine.themes_for(pool, embedder, ...) -> list[Theme]`: themes of a comment pool.
- `engine.emerging_themes(recent, baseline, embedder, ...) -> list[Emerging]`: what grew.
- `priority.rank_places(...)`: "what to fix first", a transparent score per touchpoint or stage.
"""
