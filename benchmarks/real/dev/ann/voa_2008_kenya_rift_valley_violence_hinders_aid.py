K = "kenya_post_election_violence_2008:"
MM = "Millicent Mutuli"
ANN = {
 "article": "articles/voa_2008_kenya_rift_valley_violence_hinders_aid.txt",
 "gold_out": "gold/voa_2008_kenya_rift_valley_violence_hinders_aid.json",
 "published": "2008-01-29",
 "quotes": [
  {"text": "Over the weekend there was a fresh flare-up of violence in very many places in the Rift Valley. Evidently this has led to further displacement in areas such as the capital town of the Rift Valley, Nakuru, and a nearby town called Naivasha. Closer down to the town of Eldoret we had people also displaced near a location called Timboroa",
   "speaker": MM, "speaker_mention": "she", "fragment": False,
   "note": "'..., she says': she = Millicent Mutuli, named only in the paragraph before; the comma before the closing mark is dropped"},
  {"text": "At the moment, there isn’t any figure that’s coming out in terms of total displacement, evidently because the situation is still very fluid. People are still on the move. But I do know the Kenya Red Cross continues to use a figure of up to 250,000. The government figures may be much lower, but as UNHCR, we do not have a handle on the figures.",
   "speaker": MM, "speaker_mention": "Mutuli", "fragment": False,
   "note": "'Mutuli says, “...”'; final period kept"},
  {"text": "People basically have nothing because people are fleeing a pattern of burnt homes where they are pushed out and they are not able to salvage their belongings. So for the most part you find that people are coming out to displacement areas or to safe areas with literally nothing, really just the clothes on their backs.",
   "speaker": MM, "speaker_mention": "she", "fragment": False,
   "note": "'she says, “...”' (she = Mutuli)"},
 ],
 "figures": [
  {"quantity": K+"displaced", "text": "250,000", "value": 250000, "unit": None, "counted": "displaced Kenyans (figure used by the Kenya Red Cross)", "source": "Kenya Red Cross", "approx": "up to",
   "note": "inside Mutuli's quote: 'the Kenya Red Cross continues to use a figure of up to 250,000': the text names the Red Cross as the body that claims the figure (Mutuli only relays it and says UNHCR has no figure of its own), so source = Kenya Red Cross; 'up to' -> up to. Same quantity as 'over 100,000' (Mwangi, 6 January) and 'An estimated 350,000' (6 May)"},
 ],
 "events": [
  {"actor": None, "date": "2008-01-26/2008-01-27", "date_text": "Over the weekend", "what": "fresh flare-up of violence in the Rift Valley (Nakuru, Naivasha, Timboroa)",
   "note": "inside Mutuli's quote; 'there was a fresh flare-up of violence': existential, no agent; the weekend before Tuesday 29 January 2008 = Saturday 26 - Sunday 27 January"},
 ],
 "actors": [
  {"name": "UNHCR", "type": "organisation", "aliases": ["The UN refugee agency", "UNHCR", "the UNHCR"]},
  {"name": MM, "type": "person", "aliases": ["Millicent Mutuli", "Mutuli"]},
  {"name": "Kenya Red Cross", "type": "organisation", "aliases": ["the Kenya Red Cross"]},
 ],
 "notes": [
  "VOA English to Africa Service interview report of Tuesday 29 January 2008 (date from the URL) with UNHCR spokesperson Millicent Mutuli on displacement after the weekend's Rift Valley clashes; story kenya_post_election_violence_2008 with voa_2008_kenya_red_cross_copes_violence (6 January) and voa_2008_kenya_unhcr_go_and_see_visits (6 May).",
  "Three quotes, all Mutuli's: 'she says' twice (the name is in the paragraph before the first) and 'Mutuli says' once.",
  "Key: kenya_post_election_violence_2008:displaced ('up to 250,000', claimed by the Kenya Red Cross as relayed by Mutuli). 'The government figures may be much lower' gives no number. The last paragraph, with UNHCR's 6,500 refugees in Uganda and 1,000 moved, was cut mid-word in the stored copy and dropped.",
  "'Over the weekend' is the one date expression; 'At the moment', 'still' are vague. 'Joe De Capua' (the reporter) and 'The government' (figures only) do not act: not actors.",
  "second reading by the annotator: re-read the item against FORMAT.md sections 1-2; checked the trailing comma dropped in quote 1, final periods kept in quotes 2 and 3, the weekend interval against Tuesday 29 January 2008, and the claimant of the 250,000.",
 ],
}
