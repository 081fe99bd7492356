KH = "Ismael Khpalwak"
B = "suicide bomber"
Q = "gereshk_suicide_attack_2020:police_killed"
ANN = {
 "article": "articles/voa_2020_gereshk_suicide_attack_kills_6_police.txt",
 "gold_out": "gold/voa_2020_gereshk_suicide_attack_kills_6_police.json",
 "published": "2020-02-08",
 "quotes": [
  {"text": "The suicide attacker target was Gereshk\u2019s main bazaar. The attacker wanted to cause a bloody incident, but blew up his explosives right after being identified by police",
   "speaker": KH, "speaker_mention": "Ismael Khpalwak, the Gereshk district police chief", "fragment": False,
   "note": "two sentences between one pair of marks; the attribution follows ('Ismael Khpalwak, the Gereshk district police chief, told VOA'); trailing comma before the closing mark dropped"},
  {"text": "Six of our police officers were killed and a bridge was partially damaged", "speaker": KH, "speaker_mention": "he", "fragment": False,
   "note": "'..., he said.': 'he' refers back to Khpalwak, named in the paragraph before; trailing comma dropped"},
 ],
 "figures": [
  {"quantity": Q, "text": "6", "value": 6, "unit": None, "counted": "police officers killed", "source": None, "approx": "at least",
   "note": "headline rebuilt from the page address ('Kills at Least 6 Police Officers'); the next sentence gives the toll in VOA's own voice, so no claimant"},
  {"quantity": Q, "text": "six", "value": 6, "unit": None, "counted": "police officers killed", "source": None, "approx": "at least",
   "note": "'killing at least six police officers': VOA's voice. The next sentence's attribution ('Afghan officials there told VOA') covers that sentence's own content (the Humvee, the district), not this toll"},
  {"quantity": Q, "text": "Six", "value": 6, "unit": None, "counted": "police officers killed", "source": KH, "approx": None,
   "note": "inside Khpalwak's quote ('Six of our police officers were killed ...'); the same toll as the headline and first sentence"},
 ],
 "events": [
  {"actor": B, "date": "2020-02-08", "date_text": "Saturday night", "what": "a suicide bomber detonated his explosive-laden car in front of a police center",
   "note": "'A suicide bomber detonated his explosive-laden car Saturday night': active verb with its subject; Saturday 8 February 2020 is the date line of the report"},
 ],
 "actors": [
  {"name": B, "type": "person", "aliases": ["A suicide bomber", "The attacker", "The suicide attacker"]},
  {"name": "Afghan officials", "type": "group", "aliases": ["Afghan officials"]},
  {"name": KH, "type": "person", "aliases": ["Ismael Khpalwak", "the Gereshk district police chief"]},
  {"name": "Afghan police", "type": "organisation", "aliases": ["police"]},
  {"name": "Taliban", "type": "group", "aliases": ["Taliban insurgents"]},
 ],
 "notes": [
  "VOA News report by Mohammad Habibzada of Saturday 8 February 2020 (kept from a reprint on aopnews.com; headline rebuilt from the page address, two misplaced opening quotation marks moved, see meta edits) on a suicide car bombing at a police center in Gereshk district, Helmand; single item of story gereshk_suicide_attack_2020.",
  "Two quotes by the Gereshk district police chief: the first attributed after it by name and title, the second by 'he' in the next paragraph. 'The attacker' / 'The suicide attacker' / 'his explosives' refer back to 'A suicide bomber'.",
  "Figures: one toll stated three times (headline '6', 'at least six', Khpalwak's 'Six') under gereshk_suicide_attack_2020:police_killed; only the quoted one has a claimant. Not figures: 'Humvee' (a designation).",
  "Events: only 'Saturday night' (the bomber detonated the car). Left out: 'in the past' (vague, Taliban claims of earlier attacks).",
  "Actors: 'police' (who identified the bomber, inside the quote) and 'Taliban insurgents' (who 'have taken responsibility for such attacks', undated) act; 'No group' is not an actor.",
  "second careful reading against FORMAT.md done: the two quote spans between curly marks (commas dropped), 'he' as the second speaker mention, the three toll figures (hedges at least / at least / none), and 'Saturday night' = 2020-02-08.",
 ],
}
