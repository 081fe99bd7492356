K = "greece_bailout_2010"
ANN = {
 "article": "articles/wn_2010_eurozone_offers_greece_loans.txt",
 "gold_out": "gold/wn_2010_eurozone_offers_greece_loans.json",
 "published": "2010-04-11",
 "quotes": [
  {"text": "[t]he total amount put up by the eurozone member states for the first year will reach 30bn euros.", "speaker": "Jean-Claude Juncker", "speaker_mention": "The Luxembourgish prime minister, Jean-Claude Juncker"},
  {"text": "[t]his is certainly no subsidy", "speaker": "Jean-Claude Juncker", "speaker_mention": "He", "fragment": True},
  {"text": "completed and co-financed", "speaker": "Jean-Claude Juncker", "speaker_mention": "The prime minister", "fragment": True},
  {"text": "substantial contribution", "speaker": "Olli Rehn", "speaker_mention": "European Union monetary affairs chief Olli Rehn", "fragment": True},
 ],
 "figures": [
  {"quantity": K + ":eurozone_loans_first_year", "text": "30 billion euro", "value": 30e9, "unit": "EUR", "counted": "eurozone loans offered to Greece", "source": None},
  {"quantity": K + ":eurozone_loans_first_year", "text": "thirty billion euro", "value": 30e9, "unit": "EUR", "counted": "emergency loans offered to Greece", "source": None},
  {"text": "five percent", "value": 5, "unit": "%", "counted": "interest rate of the loans", "source": None, "approx": "around"},
  {"quantity": K + ":eurozone_loans_first_year", "text": "30bn euros", "value": 30e9, "unit": "EUR", "counted": "total amount put up by eurozone member states for the first year", "source": "Jean-Claude Juncker"},
  {"text": "ten billion euros", "value": 10e9, "unit": "EUR", "counted": "IMF contribution to the loan package", "source": "Olli Rehn", "approx": "around",
   "note": "'perhaps around ten billion euros', in the sentence whose subject is Rehn ('Olli Rehn remarked that ...')"},
  {"text": "12.9%", "value": 12.9, "unit": "%", "counted": "Greek budget deficit as share of economic output", "source": None},
  {"text": "300 billion euros", "value": 300e9, "unit": "EUR", "counted": "Greek total debt", "source": None},
  {"text": "8.7%", "value": 8.7, "unit": "%", "counted": "Greek deficit target this year", "source": None,
   "note": "Greece's target ('The country intends to try and reduce the deficit to 8.7%'); no claim verb, so source null"},
 ],
 "events": [
  {"actor": "Greece", "date": "2010", "date_text": "this year", "what": "intends to reduce deficit to 8.7%"},
 ],
 "actors": [
  {"name": "Eurozone member states", "type": "group", "aliases": ["Member states of the eurozone", "the eurozone member states"]},
  {"name": "Eurozone finance ministers", "type": "group", "aliases": ["eurozone finance ministers"]},
  {"name": "Jean-Claude Juncker", "type": "person", "aliases": ["Jean-Claude Juncker", "The Luxembourgish prime minister", "The prime minister"]},
  {"name": "Olli Rehn", "type": "person", "aliases": ["European Union monetary affairs chief Olli Rehn", "Olli Rehn"]},
  {"name": "International Monetary Fund", "type": "organisation", "aliases": ["International Monetary Fund", "IMF"]},
  {"name": "Greece", "type": "country", "aliases": ["Greece", "The country"]},
 ],
 "notes": [
  "Story greece_bailout_2010 (with wn_2010_eurozone_approves_greece_bailout and voa_2010_greece_aid_agreement). The headline's 30 billion, the body's 'thirty billion' and Juncker's '30bn euros ... for the first year' are one quantity (eurozone loans for the first year), keyed with the May item's 'up to 30 billion euros ... in the first year'.",
  "Rehn's 'around ten billion euros' (IMF, first year) is not keyed with the May item's IMF '30 billion' (IMF share over three years).",
  "Quotes open with the editorial bracket '[t]'; the bracket is part of the quoted text as printed. 'completed and co-financed' and 'substantial contribution' are the speakers' words (fragments), not scare quotes.",
  "'for several years now' is a vague duration without a number: not a figure. 'for the first year' is relative to the loan programme: not an event.",
  "The stored page has no further dated actions: the Sunday teleconference of the finance ministers is not dated in the copy.",
 ],
}
