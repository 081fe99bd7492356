K = "somalia_islamists_ethiopia_2006:"
ICU = "Islamic Courts Union"
TG = "Somali transitional government"
MOH = "Mohammed Olad Hassan"
MIN = "transitional government minister"
ANN = {
 "article": "articles/voa_2006_somalia_troops_islamists_continue_clash.txt",
 "gold_out": "gold/voa_2006_somalia_troops_islamists_continue_clash.json",
 "published": "2006-12-22",
 "quotes": [
  {"text": "Each side is claiming to have the upper hand, and it's very difficult to find out the exact information on the ground because movements of civilians and non-military movements including journalists were restricted",
   "speaker": MOH, "speaker_mention": "he", "fragment": False,
   "note": "first part of a quote split by 'he said'; he = Mohammed Olad Hassan, named two sentences before ('A freelance broadcast journalist based in Mogadishu, Mohammed Olad Hassan, tells VOA ...') and 'he says' in the sentence before; the trailing comma before the closing mark is dropped"},
  {"text": "So critical information is hard to come by from the front line.", "speaker": MOH, "speaker_mention": "he", "fragment": False,
   "note": "second part of the quote, after 'he said' (same speaker); the final '.' inside the marks is kept"},
 ],
 "figures": [
  {"text": "hundreds", "ctx": "killed hundreds of troops", "value": None, "vague": True, "unit": None, "counted": "of troops of the other side killed", "source": ICU + " and " + TG, "approx": None,
   "note": "'Islamist fighters and government troops continue to battle ..., with each side claiming to have killed hundreds of troops of the other side's': each side claims its own count, so the joint claimant of the two sides; no key (it sums up two different claims, Islamist fighters killed and Ethiopian soldiers killed)"},
  {"text": "hundreds", "ctx": "hundreds of people fled", "value": None, "vague": True, "unit": None, "counted": "of people who fled the area to Mogadishu", "source": None, "approx": None,
   "note": "outlet's voice ('reportedly' belongs to the Islamist fighters' movement, with no claimant named)"},
  {"text": "200", "ctx": "killed 200 Islamist fighters", "value": 200, "unit": None, "counted": "Islamist fighters killed by government troops", "source": MIN, "approx": None,
   "note": "'Mohammed Olad Hassan, tells VOA that a minister from the transitional government told him that government troops had killed 200 Islamist fighters and wounded 100': the minister makes the claim and Hassan relays it, so the minister is the claimant (the inner speaker who states the number)"},
  {"text": "100", "value": 100, "unit": None, "counted": "Islamist fighters wounded by government troops", "source": MIN, "approx": None,
   "note": "elided 'wounded 100 [Islamist fighters]' in the minister's reported claim, as the 200 before it"},
  {"text": "200", "ctx": "killed 200 Ethiopian soldiers", "value": 200, "unit": None, "counted": "Ethiopian soldiers killed", "source": ICU, "approx": None,
   "note": "'Meanwhile, he says, Islamists Thursday said they have killed 200 Ethiopian soldiers': the Islamists claim the number, Hassan ('he') relays it"},
 ],
 "events": [
  {"actor": ICU, "date": "2006-12-21", "date_text": "Thursday", "what": "the Islamists said they had killed 200 Ethiopian soldiers",
   "note": "'Islamists Thursday said they have killed 200 Ethiopian soldiers': the date modifies 'said', agent the Islamists; Thursday 21 December 2006"},
  {"actor": ICU, "date": "2006-12-22", "date_text": "Friday", "ctx": "press conference Friday", "what": "Islamic Courts Union press conference, attended by Hassan, where Islamists said they had defeated Ethiopian soldiers",
   "note": "'Hassan says he attended an Islamic Courts Union press conference Friday where Islamists said ...': the date follows the noun 'press conference' and is followed by the relative 'where' clause of that conference, so it dates the noun; the agent of a press conference is the body that holds it, the Islamic Courts Union (read as dating 'attended' it would give Hassan; the date is the same). Friday 22 December 2006 = publication day"},
  {"actor": ICU, "date": "2006-12-22", "date_text": "as of Friday", "what": "Islamic officials vowed to attack Ethiopians wherever they are in Somalia",
   "note": "'Islamic officials said that, as of Friday, they vowed to attack Ethiopians wherever they are in the country': the date modifies 'vowed' (and the attacks from then on), agent 'they' = the Islamic officials (Islamic Courts Union actor); Friday 22 December 2006"},
 ],
 "actors": [
  {"name": ICU, "type": "organisation", "aliases": ["Islamist fighters", "Islamists", "Islamic Courts Union", "Islamic officials"]},
  {"name": TG, "type": "organisation", "aliases": ["government troops", "Somalia's transitional government"]},
  {"name": MIN, "type": "person", "aliases": ["a minister from the transitional government"]},
  {"name": MOH, "type": "person", "aliases": ["A freelance broadcast journalist based in Mogadishu", "Mohammed Olad Hassan", "Hassan"]},
  {"name": "Cathy Majtenyi", "type": "person", "aliases": ["Cathy Majtenyi"]},
  {"name": "witnesses", "type": "group", "aliases": ["witnesses"]},
  {"name": "Ethiopia", "type": "country", "aliases": ["Ethiopia"]},
 ],
 "notes": [
  "VOA report by Cathy Majtenyi (Nairobi) of Friday 22 December 2006 (date from the address key and the text, see meta): the Islamic Courts and Somalia's transitional government fight near Baidoa for a fourth day and claim hundreds of enemy dead. Story somalia_islamists_ethiopia_2006 with voa_2006_ethiopia_meles_dismisses_islamist_threat (13 December) and voa_2006_somalia_heavy_fighting_spreads (20 December).",
  "Quotes: one quotation of Mohammed Olad Hassan split by 'he said' (two quotes, both 'he'); Hassan is named two sentences before the quote and referred to by 'he says' in between.",
  "Figures: hundreds of troops (each side's claim: joint claimant of the two sides), hundreds of people fled (outlet), 200 killed and 100 wounded Islamist fighters (the transitional government minister, relayed by Hassan), 200 Ethiopian soldiers killed (the Islamists, relayed by Hassan). No key is shared with the 13 and 20 December items: this item gives tolls, they give troop strengths and distances; the two 200s count different dead (Islamist fighters vs Ethiopian soldiers) and get no key. Not figures: 'for the fourth day running' (ordinal), 'the number of casualties' (no number).",
  "Events: 'Thursday' (the Islamists said), 'Friday' (the Islamic Courts' press conference; the date sits between the noun and its 'where' clause), 'as of Friday' (the Islamic officials vowed). 'for the fourth day running' is not a date expression.",
  "Actors: 'Islamist fighters', 'Islamists', 'Islamic Courts Union' and 'Islamic officials' are one actor, as in the other items of the story; 'government troops' belong to the transitional government; the minister (who claims the 200 and 100) is a separate person actor. 'Islamic and government troops' is not an alias of either. Ethiopia is listed as the agent of the passive 'being backed by Ethiopia'; 'Reports in the media' and 'many' are not actors.",
  "second reading by the annotator: re-read the whole item against FORMAT.md sections 1-2; checked the split quote (trailing comma dropped, final '.' kept), that 'he' resolves to Hassan, the three weekday dates against Friday 22 December 2006, the claimants of the two 200s, and that no surface form belongs to two actors.",
 ],
}
