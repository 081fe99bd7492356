"""Attribution: who is named in a report, and who said, claimed or did what.

:func:`.engine.attribute` runs a report through mentions, links and actors once, in that order;
quote speakers, figure claimants and event agents take its :class:`.engine.Attribution`.
The stages, each a module:

- :mod:`.mentions`: where actors are named, in layers: :mod:`.mention_base` (a mention, the
  report's tokens), :mod:`.mention_clues` (what the words around a name say),
  :mod:`.mention_kinds` (the kind a name's context gives it), :mod:`.mention_names` (names),
  :mod:`.mention_nouns` (descriptions and groups), the finder itself
  (demonyms, pronouns, subjects); their words in :mod:`.mention_words`;
- :mod:`.coreference`: mentions linked into actors, in layers: :mod:`.link_base` (mentions,
  entities and links), :mod:`.link_pronouns` (antecedents), :mod:`.link_names` (names clustered),
  :mod:`.link_descriptions` (descriptions, members, spokespeople), the linker itself (speakers,
  genders, the order of it all); entities and their tests in :mod:`.link_entities`;
- :mod:`.cues`: reporting cues ("said", "according to") and their agents;
- :mod:`.transcript`: speaker turns of transcripts ("MR KIRBY: ...");
- :mod:`.claimants`: who claims a figure, in layers: :mod:`.claimant_base` (offsets, the answer,
  the report's state and names), :mod:`.claimant_references` (pronouns, descriptions),
  :mod:`.claimant_names` (noun phrases named), :mod:`.claims` (claim verbs, "according to",
  postposed "..., X said"), the finder itself (quotes, headlines, the next sentence, neighbours,
  transcript turns); their words and syntax tests in :mod:`.claimant_words`;
- :mod:`.speakers`: who said a quote, in the frames :mod:`.quote_frames` sets around it;
- :mod:`.agents`: who did what a dated expression is about (event agents), on :mod:`.agent_names` (the actor
  a subject, "by" phrase, pronoun or description names);
- :mod:`.rules`: every attribution rule by name, in words, with its confidence.

Nothing is imported here, so that importing one stage does not load the others.
"""
