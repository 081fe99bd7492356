RE = "Recep Tayyip Erdogan"
OF = "official (unnamed)"
OFS = "Turkish officials (unnamed)"
ANN = {
 "article": "articles/voa_2016_erdogan_vows_rid_turkey_virus.txt",
 "gold_out": "gold/voa_2016_erdogan_vows_rid_turkey_virus.json",
 "published": "2016-07-17",
 "quotes": [
  {"text": "Virus", "speaker": RE, "speaker_mention": "Erdogan", "fragment": True,
   "note": "headline word in single quotes, Erdogan's word ('cleaning this virus', second paragraph)"},
  {"text": "At every level of government, the period of cleaning this virus will continue", "speaker": RE, "speaker_mention": "Erdogan",
   "note": "trailing comma before the closing mark dropped; 'Erdogan said Sunday'"},
  {"text": "Like the cancer virus, it spreads all around the government", "speaker": RE, "speaker_mention": "he",
   "note": "'he added': pronoun for Erdogan, named in the previous sentence"},
  {"text": "The situation is under control", "speaker": OF, "speaker_mention": "an official",
   "note": "unnamed official, on the clashes at the Konya air base"},
 ],
 "figures": [
  {"text": "two", "value": 2, "unit": None, "counted": "international airports serving Istanbul", "source": None, "approx": None,
   "note": "'one of two international airports serving Istanbul' is background apposition inside the sentence ending 'officials said'; not read as the officials' claim, so source null ('one of' is not a figure)"},
  {"quantity": "turkey_coup_2016:people_detained", "text": "6,000", "value": 6000, "unit": None, "counted": "people detained", "source": None, "approx": "around",
   "note": "'Around 6,000 people have been detained.' in VOA's own voice; all people detained after the coup, wider than the 2,839 soldiers and officers of the Wikinews items (own key). The same count as the 'more than 18,000 have been detained' of dev voa_2016_turkey_coup_crackdown (1 August), which has no key yet"},
 ],
 "events": [
  {"actor": None, "date": "2016-07-15", "date_text": "Friday's", "what": "failed coup attempt",
   "note": "date on a noun ('Friday's failed coup attempt'); the text names no agent of the attempt (Erdogan blames Gulen, who denies it; 'architects of the coup' is hedged), so actor null"},
  {"actor": RE, "date": "2016-07-17", "date_text": "Sunday", "ctx": "said Sunday", "what": "Erdogan vowed to keep 'cleaning this virus'",
   "note": "'Erdogan said Sunday', the day of the report (date line July 17, 2016)"},
  {"actor": "Bekir Bozdag", "date": "2016-07-16", "date_text": "on Saturday", "what": "Bozdag demanded Gulen's extradition from the United States",
   "note": "subject of 'demanded' is Justice Minister Bekir Bozdag"},
 ],
 "actors": [
  {"name": RE, "type": "person", "aliases": ["Recep Tayyip Erdogan", "Turkish President Recep Tayyip Erdogan", "Erdogan"]},
  {"name": "Turkish authorities", "type": "organisation", "aliases": ["authorities", "Turkish authorities"]},
  {"name": "Turkish security forces", "type": "organisation", "aliases": ["Turkish security forces"]},
  {"name": OFS, "type": "group", "aliases": ["officials"]},
  {"name": OF, "type": "person", "aliases": ["an official"]},
  {"name": "State-run media", "type": "organisation", "aliases": ["State-run media"]},
  {"name": "Fethullah Gulen", "type": "person", "aliases": ["Fethullah Gulen", "exiled Islamist cleric Fethullah Gulen", "Gulen"]},
  {"name": "Bekir Bozdag", "type": "person", "aliases": ["Bekir Bozdag", "Justice Minister Bekir Bozdag", "Minister Bozdag"]},
  {"name": "military officials who fled to Greece", "type": "group", "aliases": ["Other high-ranking military officials"]},
  {"name": "Turkish media", "type": "organisation", "aliases": ["Turkish media"]},
 ],
 "notes": [
  "VOA report by Dorian Jones of Sunday 17 July 2016, kept from GlobalSecurity.org's copy; story turkey_coup_2016 with the two Wikinews items (17 and 18 July) and dev voa_2016_turkey_coup_crackdown (1 August).",
  "Quotes: three by Erdogan (headline fragment 'Virus', 'Erdogan said Sunday', then 'he added'), one by an unnamed official. 'officials said' (airport arrests) and 'an official' are kept apart: a group of unnamed officials and one unnamed official.",
  "Figures: only 'two' airports and 'Around 6,000' detained; neither has a claimant. 'Third Army Corps' is a designation (ordinal); 'one of two' -> only 'two' is a figure.",
  "Not actors: General Erdal Ozturk and the aide to Erdogan (in custody, passive). 'since before Erdogan came to power' is vague (no event).",
  "Second careful read of the whole item against FORMAT.md done by the annotator: quote spans (trailing comma dropped), the single-quoted headline word, figure spans, dates against the 17 July date line and actor aliases rechecked.",
 ],
}
