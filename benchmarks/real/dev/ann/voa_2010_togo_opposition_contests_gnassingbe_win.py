K = "togo_election_2010:"
FG = "Faure Gnassingbe"
JPF = "Jean-Pierre Fabre"
YA = "Yawovi Agboyibo"
UFC = "Union of Forces for Change"
CENI = "Independent National Electoral Commission"
KY = "Kofi Yamgnane"
FRAC = "Republican Front for Change"
OPL = "Togolese opposition leaders"
RP = "riot police"
WIT = "witnesses in Lome"
OM = "unnamed opposition member of the electoral commission"
ECO = "ECOWAS observers"
ANN = {
 "article": "articles/voa_2010_togo_opposition_contests_gnassingbe_win.txt",
 "gold_out": "gold/voa_2010_togo_opposition_contests_gnassingbe_win.json",
 "published": "2010-03-06",
 "quotes": [],
 "figures": [
  {"quantity": K + "gnassingbe_share", "text": "60 percent", "value": 60, "unit": "%", "counted": "share of Thursday's ballots won by Gnassingbe", "source": CENI, "approx": "more than",
   "note": "'results that indicate President Faure Gnassingbe won more than 60 percent of Thursday's ballots': the results are those 'announced by the electoral commission' (paragraph 2 and 'Results announced late Saturday by Togo's electoral commission'), so the commission is the claimant; the UFC rejects them. 'more than' -> more than"},
  {"quantity": K + "gnassingbe_votes", "text": "1.2 million", "value": 1200000, "unit": None, "counted": "votes securing Gnassingbe's re-election", "source": CENI, "approx": "more than",
   "note": "'securing his re-election with more than 1.2 million votes': same clause of the commission's results"},
  {"quantity": K + "fabre_votes", "text": "700,000", "value": 700000, "unit": None, "counted": "votes received by Fabre", "source": CENI, "approx": "around",
   "note": "'Results announced late Saturday by Togo's electoral commission indicate opposition candidate Jean-Pierre Fabre received nearly 700,000 votes': the commission's results; 'nearly' -> around"},
  {"quantity": K + "fabre_share", "text": "a third", "value": 1/3, "unit": "share", "counted": "share of the ballots received by Fabre", "source": CENI, "approx": "more than",
   "note": "'or just over a third of the ballots': the same results restated as a share; 'just over' -> more than; a share of 1/3"},
  {"quantity": K + "agboyibo_share", "text": "three percent", "value": 3, "unit": "%", "counted": "share of the vote of Agboyibo", "source": CENI, "approx": "less than",
   "note": "'Former prime minister Yawovi Agboyibo finished third with less than three percent of the vote': still the commission's results of the sentence before; 'less than' -> less than. 'third' in 'finished third' is an ordinal, not a figure"},
  {"text": "several-hundred", "value": None, "vague": True, "unit": None, "counted": "opposition demonstrators led by Fabre into the main square", "source": None, "approx": None,
   "note": "'Fabre led several-hundred opposition demonstrators into the capital's main square': a vague count (no value), outlet's voice; hyphen kept as printed"},
 ],
 "events": [
  {"actor": None, "date": "2010-03-04", "date_text": "Thursday's", "what": "the presidential vote (Thursday's ballots)",
   "note": "'won more than 60 percent of Thursday's ballots': a dated noun, the vote, no agent -> null; the Thursday before the Saturday 6 March 2010 report = 4 March 2010 (polling day)"},
  {"actor": CENI, "date": "2010-03-06", "date_text": "late Saturday", "ctx": "announced late Saturday", "what": "the electoral commission announced the results",
   "note": "'Results announced late Saturday by Togo's electoral commission': a passive participle with a 'by' agent: the commission; Saturday = the publication day, 6 March 2010"},
  {"actor": None, "date": "2010-03-06", "date_text": "late Saturday", "ctx": "usual late Saturday", "what": "Lome was quieter than usual",
   "note": "'Witnesses say Lome was quieter than usual late Saturday': the date modifies 'was quieter' (a state of the city), no agent -> null; the witnesses' saying is not what the date modifies"},
  {"actor": OM, "date": "2010-03-06", "date_text": "Saturday", "ctx": "resigned Saturday", "what": "an opposition member of the electoral commission resigned in protest at fraud",
   "note": "'An opposition member of the electoral commission resigned Saturday to protest what he called fraud': active verb, subject the unnamed commission member; 6 March 2010"},
 ],
 "actors": [
  {"name": UFC, "type": "organisation", "aliases": ["Togo's main opposition party", "Union of Forces for Change Party", "The opposition"]},
  {"name": CENI, "type": "organisation", "aliases": ["the electoral commission", "Togo's electoral commission", "Independent National Electoral Commission"]},
  {"name": FG, "type": "person", "aliases": ["President Faure Gnassingbe", "Faure Gnassingbe", "the country's president"]},
  {"name": JPF, "type": "person", "aliases": ["opposition candidate Jean-Pierre Fabre", "Jean-Pierre Fabre", "Fabre"]},
  {"name": YA, "type": "person", "aliases": ["Former prime minister Yawovi Agboyibo", "Yawovi Agboyibo"]},
  {"name": KY, "type": "person", "aliases": ["Kofi Yamgnane"]},
  {"name": FRAC, "type": "organisation", "aliases": ["Republican Front for Change"]},
  {"name": OPL, "type": "group", "aliases": ["Togolese opposition leaders"]},
  {"name": RP, "type": "group", "aliases": ["Riot police"]},
  {"name": WIT, "type": "group", "aliases": ["Witnesses"]},
  {"name": OM, "type": "person", "aliases": ["An opposition member of the electoral commission"]},
  {"name": ECO, "type": "group", "aliases": ["Observers from the Economic Community of West African States"]},
 ],
 "notes": [
  "VOA News report of Saturday 6 March 2010 (date worked out, see meta): Togo's main opposition party, the UFC, rejects the provisional results announced late Saturday by the electoral commission (CENI), which give President Faure Gnassingbe more than 60 percent of Thursday's (4 March) vote and opposition candidate Jean-Pierre Fabre nearly 700,000 votes. Story togo_election_2010 (the only item of the story in the set).",
  "No quotes: the stored copy prints no quote marks. Reported speech without marks: the UFC 'is rejecting', the opposition 'says', Yamgnane 'told French radio', Fabre 'says', the member 'called' it fraud, witnesses 'say', ECOWAS observers 'say'.",
  "Claimant of the vote figures: the results are 'announced by the electoral commission' (paragraph 2) and 'Results announced late Saturday by Togo's electoral commission indicate ...' (paragraph 4), so every vote figure is sourced to CENI, though the UFC disputes them; the text gives no counter-figure from the opposition. Quantity keys (for later items of the story): gnassingbe_share, gnassingbe_votes, fabre_votes, fabre_share, agboyibo_share.",
  "'The opposition' ('The opposition says it will challenge those results') is taken as the UFC of paragraphs 2-3 (the party 'rejecting results'); 'Togolese opposition leaders' (in Yamgnane's words) is a separate group. 'French radio' is only the medium, not an actor. The canonical name of the UFC drops the word 'Party' printed in 'Union of Forces for Change Party'.",
  "Not figures: 'third' in 'finished third' (ordinal). Not events: 'within the next week' (a time window for the transmission of the results, a duration, left out), 'Before the announcement of final poll results' (relative to an undated act). The dropped last paragraph held 'in 2005' and '400' (not in the text).",
  "Two 'late Saturday' are pinned by ctx: the first is the commission's announcement (actor CENI), the second dates 'Lome was quieter' (null). 'Saturday' (the commission member's resignation) is the third Saturday expression.",
  "First reading (annotator): number tokens '60', '1.2 million', '700,000', 'third' x2 ('a third' a share, 'finished third' ordinal), 'three', 'hundred' (in 'several-hundred') checked against FORMAT.md; the four date expressions normalised against Saturday 6 March 2010.",
  "Second reading (checker): re-read for claimants: the 60 percent and 1.2 million are the results 'that indicate' (the commission's), not the UFC's claim; 'nearly 700,000', 'just over a third' and 'less than three percent' sit in the sentence led by 'Results announced late Saturday by Togo's electoral commission indicate' (Agboyibo's share in the next sentence continues those results). Event actors: 'late Saturday' (announced by the commission), 'late Saturday' (Lome quieter: null), 'Saturday' (the member resigned), 'Thursday's' (the ballots: null). 6 March 2010 is a Saturday and 4 March a Thursday. No change.",
 ],
}
