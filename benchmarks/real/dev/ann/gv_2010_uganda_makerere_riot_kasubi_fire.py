K = "makerere_kasubi_2010:"
ST = "Makerere University students"
SG = "Makerere hostel security guard"
UN = "Ugandan newspapers"
DM = "The Daily Monitor"
NV = "The New Vision"
ANN = {
 "article": "articles/gv_2010_uganda_makerere_riot_kasubi_fire.txt",
 "gold_out": "gold/gv_2010_uganda_makerere_riot_kasubi_fire.json",
 "published": "2010-03-17",
 "quotes": [],
 "figures": [
  {"text": "Two", "value": 2, "unit": None, "counted": "separate tragedies that struck Kampala", "source": None, "approx": None, "ctx": "Two separate tragedies",
   "note": "the outlet's own count of the two events of the post (the riot and the fire)"},
  {"quantity": K+"students_shot_dead", "text": "two", "value": 2, "unit": None, "counted": "peers shot dead", "source": None, "approx": None, "ctx": "two of their peers",
   "note": "'the shooting death of two of their peers': outlet's own voice in the lead (no claimant in the sentence); same count as the newspapers' 'two students were shot dead' below"},
  {"quantity": K+"students_shot_dead", "text": "two", "value": 2, "unit": None, "counted": "students shot dead", "source": UN, "approx": None, "ctx": "two students were shot dead",
   "note": "the sentence opens 'According to Ugandan newspapers, ...': the newspapers claim it. 'another critically injured' is not a number"},
  {"text": "two", "value": 2, "unit": None, "counted": "versions of the events", "source": DM, "approx": None, "ctx": "two versions",
   "note": "'The Daily Monitor reports two versions of the events': the paper's report is the subject of the reporting verb; it could be read as the outlet's description of what the paper reports, but the count is of the paper's own versions, so the paper is the claimant"},
  {"text": "two", "value": 2, "unit": None, "counted": "Kenyans in the guild race", "source": NV, "approx": None, "ctx": "one of the two Kenyans",
   "note": "inside The New Vision's block quotation (introduced 'The New Vision suggests ...:'): the paper claims it"},
  {"text": "three", "value": 3, "unit": None, "counted": "students hit by the bullet", "source": NV, "approx": None,
   "note": "in The New Vision's block quotation; 'according to eyewitnesses' governs the commotion compelling the guard, while the count of students hit is the paper's narration: source The New Vision. Students hit (two dead and one injured) is not the same quantity as students shot dead, so no key"},
 ],
 "events": [
  {"actor": None, "date": "2010-03-16", "date_text": "on Tuesday", "what": "two tragedies struck Kampala (the Makerere riot and the Kasubi Tombs fire)", "ctx": "Kampala, the capital of Uganda, on Tuesday",
   "note": "the date modifies 'struck', whose subject is 'Two separate tragedies': no agent. Tuesday before the post of Wednesday 17 March 2010 = 16 March"},
  {"actor": SG, "date": "2010-03-15", "date_text": "Monday night", "what": "a security guard shot two students dead and critically injured another",
   "note": "passive with a by-agent: 'two students were shot dead and another critically injured by a security guard Monday night' -> the guard. Monday before the post = 15 March 2010"},
  {"actor": ST, "date": "2010-03-16", "date_text": "on Tuesday", "what": "students marched through Makerere University grounds to protest the killings", "ctx": "Students responded on Tuesday",
   "note": "'Students responded on Tuesday by marching ...': the students are the agent"},
 ],
 "actors": [
  {"name": ST, "type": "group", "aliases": ["students at Makerere University", "Students"]},
  {"name": SG, "type": "person", "aliases": ["a security guard", "the watchman", "the guard"]},
  {"name": UN, "type": "group", "aliases": ["Ugandan newspapers", "Both newspapers"]},
  {"name": DM, "type": "organisation", "aliases": ["The Daily Monitor"]},
  {"name": NV, "type": "organisation", "aliases": ["The New Vision"]},
  {"name": "Uganda Police", "type": "organisation", "aliases": ["Police", "police"]},
  {"name": "Nyongesa", "type": "person", "aliases": ["Nyongesa"]},
 ],
 "notes": [
  "Global Voices post of Wednesday 17 March 2010 on the riot at Makerere University (Tuesday 16 March) after a guard shot two students on Monday night 15 March, and on the fire at the Kasubi Tombs the same Tuesday; story makerere_kasubi_2010 (one item so far).",
  "No quotes: the Daily Monitor and New Vision passages are block quotations without quote marks. Their content is still claimed by the papers: the two Kenyans and the three students hit are The New Vision's; 'Police say many students had gathered ...' is a claim by the police inside the Daily Monitor passage but holds no number.",
  "Key makerere_kasubi_2010:students_shot_dead joins the lead's 'two of their peers' (outlet) and 'two students were shot dead' (according to Ugandan newspapers).",
  "Not figures: 'one of Uganda's largest ethnic groups', 'one of the students', 'one of the contestants', 'one of the two Kenyans' ('one' as a pronoun; the 'two' there is a figure), 'between one candidate and the supporter of another' (an enumerator), 'another critically injured', 'many students'.",
  "'Earlier reports suggested ...' is vague ('Earlier') and gives no date; the Kasubi fire 'burned to the ground' has no date of its own beyond the lead's 'on Tuesday'. 'Both newspapers' is written as an alias of the group 'Ugandan newspapers' (the two papers named, read jointly); no figure or event uses it.",
  "Actors kept apart: the shooting victims ('two students', 'the Kenyan students') are not the actor 'Makerere University students' (the protesting students) and are given no alias; 'NRM's John Taylor', 'Simon Kamau', 'John Kamau' and 'Teira' do not act with a date or claim and are not actors.",
  "second reading (annotator): re-read the whole item against FORMAT.md sections 1-2: every number token checked (figures or excluded above), weekdays resolved against Wednesday 17 March 2010 (Monday 15, Tuesday 16), each alias an exact substring.",
 ],
}
