BS = "Berta Soler"
LW = "Ladies in White"
K = "cuba_obama_visit_2016:"
ANN = {
 "article": "articles/voa_2016_cuba_ladies_in_white_released.txt",
 "gold_out": "gold/voa_2016_cuba_ladies_in_white_released.json",
 "published": "2016-03-21",
 "quotes": [
  {"text": "We're not masochists. No one likes to be hit", "speaker": BS, "speaker_mention": "Soler", "fragment": False,
   "note": "first half of a quotation split by its attribution ('Soler told VOA the night before her most recent detention'); the trailing comma before the closing mark is dropped"},
  {"text": "But when we see that they hit us unjustly, that they arrest us arbitrarily, it makes us stronger.", "speaker": BS, "speaker_mention": "Soler", "fragment": False,
   "note": "second half of the same quotation, after the attribution in the same paragraph; the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"quantity": K + "ladies_in_white_arrested_mar20", "text": "50", "value": 50, "unit": None, "counted": "Ladies in White dissidents arrested at their weekly demonstration", "source": BS, "approx": "around",
   "note": "'the majority of some 50 Ladies in White dissidents arrested ... Sunday afternoon, 10 remain unaccounted for, the opposition group's leader told VOA Monday': the whole sentence is attributed to the leader (Berta Soler, named in the next sentence); 'some' -> around"},
  {"text": "10", "value": 10, "unit": None, "counted": "dissidents unaccounted for", "source": BS, "approx": None,
   "note": "'10 remain unaccounted for, the opposition group's leader told VOA Monday': claimed by Soler"},
  {"text": "three", "ctx": "three-day", "value": 3, "unit": "days", "counted": "days of Obama's visit", "source": None, "approx": None,
   "note": "'Obama's three-day visit': a duration, outlet's voice; the minimal number span 'three' (as '47' in '47-year-old'), pinned with ctx"},
  {"text": "a decade", "value": 10, "unit": "years", "counted": "years the group has advocated for an end to arbitrary detentions", "source": None, "approx": "more than",
   "note": "'For more than a decade': a duration (as 'a decade' in dev items), outlet's voice; 'more than' -> more than"},
  {"text": "200", "value": 200, "unit": None, "counted": "women across Cuba in the group", "source": None, "approx": "around",
   "note": "'the group - comprised of nearly 200 women across Cuba': outlet's voice; 'nearly' -> around"},
 ],
 "events": [
  {"actor": None, "date": "2016-03-20", "date_text": "Sunday afternoon", "what": "some 50 Ladies in White dissidents arrested at their weekly demonstration",
   "note": "'dissidents arrested at their weekly demonstration here Sunday afternoon': the date modifies the passive participle 'arrested', which has no by-agent (the police are not named as the arresting agent in this sentence), so null; Sunday before Monday 21 March 2016 = 20 March (the day Obama arrived)"},
  {"actor": BS, "date": "2016-03-21", "date_text": "Monday", "what": "Soler told VOA that 10 dissidents remain unaccounted for",
   "note": "'the opposition group's leader told VOA Monday': the leader (Berta Soler, named in the next sentence) is the subject of 'told'; Monday = the day of the report"},
  {"actor": None, "date": "2016-03-20", "date_text": "Sunday evening", "what": "detainees released, including Soler's husband Angel Moya",
   "note": "'Those released Sunday evening included Soler's husband': passive participle 'released' without a by-agent, so null (the first sentence says Cuban officials released the majority, but that clause is undated and this one names no agent)"},
  {"actor": "Cuban police", "date": "2016-03-20", "date_text": "from early Sunday morning", "what": "uniformed and plain-clothes police patrolled the area around Gandhi Park",
   "note": "'Uniformed and plain-clothes police patrolled the area around Gandhi Park from early Sunday morning': police are the subject of 'patrolled'; the expression as printed includes 'from' (as 'until at least Friday' in FORMAT.md); Sunday = 20 March 2016"},
 ],
 "actors": [
  {"name": BS, "type": "person", "aliases": ["Berta Soler", "Soler", "the opposition group\u2019s leader"]},
  {"name": LW, "type": "group", "aliases": ["Ladies in White", "Damas de Blanco", "The Damas", "the group"]},
  {"name": "Cuban officials", "type": "group", "aliases": ["Cuban officials"]},
  {"name": "Cuban police", "type": "organisation", "aliases": ["police"]},
  {"name": "Barack Obama", "type": "person", "aliases": ["U.S. President Barack Obama", "Obama"]},
 ],
 "notes": [
  "VOA report of Monday 21 March 2016 (date inferred, see meta) on the arrest of some 50 Ladies in White dissidents at their Sunday march in Havana on 20 March 2016, hours before President Obama arrived, and the release of most of them; story cuba_obama_visit_2016 (one item so far). Kept from VOA's publishing host (voa.pangea-cms.com preview path).",
  "Quotes: one quotation of Berta Soler split by its attribution ('Soler told VOA ...'): two quotes. Soler is introduced as 'the opposition group's leader' in the first paragraph and named in the second. Not a quote: the crosshead ''Understand the obstacles'' - its words do not occur in the kept text and the paragraph that would attribute them lies beyond the stored opening, so no speaker can be given from the text (as the crosshead in voa_2012_taylor_sentenced_50_years); it carries no annotation. The apostrophes in 'We're', 'group\u2019s', 'Obama's' are not quote marks.",
  "Figures: '50' and '10' are claimed by Soler (the sentence ends 'the opposition group's leader told VOA Monday'); '200' (group size), 'three-day' (visit) and 'a decade' are the outlet's voice. Key cuba_obama_visit_2016:ladies_in_white_arrested_mar20 is set on '50' for a later item of the story (the arrests of Sunday 20 March in Havana). Not figures: 'several hours' (a vague determiner, not a listed number word, as 'several days' in dev items), 'just hours', 'hours to days' (no number), 'No one' (pronoun), 'weekly'.",
  "Events: four date expressions: 'Sunday afternoon' (passive arrest, null), 'Monday' (Soler told VOA), 'Sunday evening' (passive release, null), 'from early Sunday morning' (police patrolled). Not events: 'the night before her most recent detention' (anchored to an event, not to the reference day; left out as relative/vague), 'In recent years', 'For more than a decade' (durations), 'just hours before ... landed' (relative, no date expression).",
  "Actors: Soler (speaker, source, told VOA), Ladies in White ('The Damas report', 'the group ... has advocated'), Cuban officials (released the majority), Cuban police (patrolled) and Obama (his visit; the landing is his entourage's). Not actors: Angel Moya (only released), U.S. officials (only met with), VOA (the addressee), 'Obama's entourage' (undated), the Castro government (only opposed).",
  "Second reading (annotator): re-read the whole item once fully against FORMAT.md sections 1-2: quote spans (comma dropped, final period kept), each number token (50, 10, three in 'three-day', a decade, 200), the four date expressions against Monday 21 March 2016, the curly apostrophe in the alias 'the opposition group\u2019s leader', and that no surface form is shared by two actors.",
 ],
}
