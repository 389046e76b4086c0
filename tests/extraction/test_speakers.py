"""Quotes and their speakers, one mechanism per test, in sentences written for these tests in
the styles of wire and newspaper reports."""

from __future__ import annotations

from claims.extraction import QuoteCandidate, extract
from claims.extraction.text import Sentences


def quotes(text: str) -> list[QuoteCandidate]:
    return extract(text).quotes


def one_quote(text: str) -> QuoteCandidate:
    found = quotes(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def speaker_of(text: str) -> str | None:
    return one_quote(text).speaker


# -- sentences and abbreviations --------------------------------------------------------------


def test_a_title_abbreviation_does_not_end_the_sentence_or_the_name():
    text = "“We will hold the line,” Mr. Okafor said. Later Sen. Dana Whitfield spoke."
    assert speaker_of(text) == "Okafor"
    sentences = Sentences.split(text)
    assert len(sentences.starts) == 2  # one end after "said.", none after "Mr." or "Sen."


def test_a_middle_initial_and_ltd_stay_inside_their_sentence():
    text = "“Costs doubled,” said Harold J. Benning of Marlow Freight Ltd. in a statement."
    quote = one_quote(text)
    assert quote.speaker == "Harold J. Benning"
    assert len(Sentences.split(text).starts) == 1


def test_a_state_abbreviation_before_a_lowercase_word_does_not_end_the_sentence():
    text = "“It was close,” Mayor Ruth Calloway of Reno, Nev. said on Friday."
    assert speaker_of(text) == "Ruth Calloway"


def test_a_party_tag_after_the_name_is_skipped():
    quote = one_quote("Sen. Paul Ardent (D-Ore.) said “the vote is a mistake.”")
    assert (quote.speaker, quote.cue) == ("Paul Ardent", "said")


# -- the cue lexicon -----------------------------------------------------------------------------


def test_reporting_verbs_beyond_say_and_their_inflections_are_cues():
    for verb in ("quipped", "insisted", "conceded", "tweeted", "boasts", "warning", "retorted"):
        text = f"“The numbers are on our side,” Greta Lindqvist {verb}."
        assert speaker_of(text) == "Greta Lindqvist", verb


def test_a_reply_takes_its_own_speaker_not_the_previous_one():
    found = quotes("“We are ahead,” Marco Deluca said. “Not for long,” Ines Varga interjected.")
    assert [q.speaker for q in found] == ["Marco Deluca", "Ines Varga"]


def test_a_past_tense_verb_in_the_attribution_slot_is_a_cue_even_if_unlisted():
    assert speaker_of("“Where were you on Tuesday?” Tom Hale pressed.") == "Tom Hale"


def test_a_noun_that_looks_like_a_bare_verb_is_no_cue():
    # "state" and "attack" are nouns here: nothing governs the scare quote
    assert quotes("The Ohio state budget drew an “unusual” attack from nobody.") == []


# -- titles, job descriptions and appositions ---------------------------------------------------


def test_a_job_description_before_the_name_becomes_an_alias():
    text = "Campaign chairman Lionel Pratt told reporters: “We expect to win Iowa.”"
    result = extract(text)
    assert result.quotes[0].speaker == "Lionel Pratt"
    assert "Campaign chairman" in result.speakers[0].aliases


def test_an_unlisted_profession_before_the_name_is_still_a_description():
    assert speaker_of("“It is a form of denial,” psychologist Mara Ellison says.") == "Mara Ellison"


def test_an_apposition_between_the_quote_and_the_cue():
    text = "“We ran out of beds,” Nadia Feld, a nurse at the county hospital, said on Monday."
    assert speaker_of(text) == "Nadia Feld"


def test_a_description_then_the_name_in_apposition_after_an_inverted_cue():
    text = "“The count is wrong,” said the party's deputy chairman, Omar Sayed, on Sunday."
    assert speaker_of(text) == "Omar Sayed"


def test_an_unnamed_speaker_is_kept_as_a_description():
    quote = one_quote("“The talks have stalled,” a senior State Department official said.")
    assert quote.speaker is None
    assert quote.speaker_description == "a senior State Department official"
    assert quote.speaker_from == "description"
    assert quote.to_dict()["speaker_description"] == "a senior State Department official"


def test_a_spokesman_for_someone_is_the_spokesman_not_the_someone():
    quote = one_quote("A spokesman for Governor Lee Baptiste said: “No decision has been made.”")
    assert quote.speaker is None
    assert quote.speaker_description == "A spokesman for Governor Lee Baptiste"


def test_a_definite_role_refers_back_only_to_someone_described_so():
    text = (
        "Sen. Amelia Cortez of Florida spoke first. Rep. Dan Hooper spoke next. "
        "“We will not yield,” the Florida senator said."
    )
    assert speaker_of(text) is None  # no alias of either names Florida's senator yet
    text = (
        "Amelia Cortez, the Florida senator, spoke first. Rep. Dan Hooper spoke next. "
        "“We will not yield,” the Florida senator said."
    )
    assert speaker_of(text) == "Amelia Cortez"


# -- subjects earlier in the sentence -------------------------------------------------------------


def test_saying_takes_the_subject_of_the_sentence():
    text = "Mayor Ines Okoro vetoed the budget on Tuesday, saying it “punishes the poorest.”"
    quote = one_quote(text)
    assert (quote.speaker, quote.cue, quote.partial) == ("Ines Okoro", "saying", True)


def test_a_coordinated_verb_takes_the_earlier_subject():
    text = "Grant Holloway praised the deal and added: “Nobody thought it was possible.”"
    assert speaker_of(text) == "Grant Holloway"


def test_a_relative_clause_between_subject_and_cue_is_skipped():
    text = (
        "Katrin Moss, who chairs the Harbor Trust and has fought the plan for years, said it "
        "was “a betrayal of the waterfront.”"
    )
    assert speaker_of(text) == "Katrin Moss"


def test_the_speaker_named_after_a_quote_before_a_long_apposition():
    text = (
        "“The model failed,” Lena Fischer, the economist who built it at Kiel tweeted on Wednesday."
    )
    assert speaker_of(text) == "Lena Fischer"


def test_a_passive_cue_gives_the_agent_or_nobody():
    assert speaker_of("Cruz was asked by moderator Dana Bell whether he would “stay in.”") == (
        "Dana Bell"
    )
    assert speaker_of("Ortiz was asked, “Will you run again next year?”") is None


# -- fragments and scare quotes -------------------------------------------------------------------


def test_a_short_fragment_governed_by_a_cue_is_a_partial_quote():
    quote = one_quote("Lena Marsh said the claim is “just not true” and left the room.")
    assert (quote.text, quote.speaker, quote.partial) == ("just not true", "Lena Marsh", True)


def test_a_fragment_with_the_cue_after_it_in_the_sentence():
    quote = one_quote("The recovery was “fragile at best,” Finance Minister Rui Matos said.")
    assert (quote.speaker, quote.partial) == ("Rui Matos", True)


def test_a_scare_quote_with_nobody_cued_is_not_a_quote():
    assert quotes("The so-called “reform package” stalled in committee again.") == []
    assert quotes("Voters in the “rust belt” stayed home.") == []


def test_a_show_title_in_the_attribution_is_not_a_quote():
    found = quotes("“We never stopped,” Aldo Brandt said on NBC’s “Evening Report” on Sunday.")
    assert [q.text for q in found] == ["We never stopped"]


def test_speech_made_wins_over_belief_for_a_fragment():
    text = "Nadia Stone told the rally that her rival wants to “turn back the clock.”"
    assert speaker_of(text) == "Nadia Stone"


# -- layouts -------------------------------------------------------------------------------------


def test_a_list_line_name_then_outlet_then_quote():
    assert speaker_of("Carmen Diaz, Channel 9: “The vote was rigged from the start.”") == (
        "Carmen Diaz"
    )


def test_a_headline_name_and_colon():
    quote = one_quote("Okafor: ‘We Will Not Leave The Coalition’\n\nThe minister spoke late.")
    assert quote.speaker == "Okafor"


def test_a_quote_followed_by_a_quotation_dash_and_a_name():
    found = quotes("“I never liked him.” ― Aisha Bello\n“He will win.” ― Tom Reyes\n")
    assert [q.speaker for q in found] == ["Aisha Bello", "Tom Reyes"]


def test_a_transcript_label_inside_the_quote():
    assert speaker_of('"HARLOW: Nobody asked me about the budget."') == "Harlow"


def test_a_quote_paragraph_after_a_colon_belongs_to_the_clause_before_it():
    assert speaker_of("Ruiz went further:\n\n“This is a betrayal of every voter.”") == "Ruiz"


def test_an_unattributed_quote_after_a_cued_sentence_belongs_to_its_speaker():
    text = "Pilar Ames said the mill would reopen. “We owe it to the town.”"
    quote = one_quote(text)
    assert (quote.speaker, quote.speaker_from) == ("Pilar Ames", "name")


# -- pronouns ------------------------------------------------------------------------------------


def test_she_skips_a_man_named_later_and_finds_the_woman():
    text = (
        "Mrs. Halvorsen met the union. Then Gregor Voss arrived with the offer. "
        "“It is not enough,” she said."
    )
    quote = one_quote(text)
    assert (quote.speaker, quote.speaker_from) == ("Halvorsen", "pronoun")


def test_he_resolves_to_the_nearest_man_by_title():
    text = "Mr. Adeyemi met Ms. Laurent. “We found common ground,” he said."
    assert speaker_of(text) == "Adeyemi"


def test_a_pronoun_learns_gender_from_the_speakers_own_sentence():
    text = (
        "Robin Asher said her plan was ready. Kim Sato spoke after that. "
        "“I will not wait,” she said. “Nor will I,” he said."
    )
    assert [q.speaker for q in quotes(text)] == ["Robin Asher", "Kim Sato"]


# -- organisations and groups --------------------------------------------------------------------


def test_the_organisation_speaks_for_the_red_cross():
    quote = one_quote("The Red Cross said: “Our teams cannot reach the valley.”")
    assert (quote.speaker, quote.speaker_kind) == ("Red Cross", "organisation")


def test_officials_of_an_organisation_are_the_organisation():
    quote = one_quote("Taliban officials said the road was “open to all traffic.”")
    assert (quote.speaker, quote.speaker_kind) == ("Taliban", "organisation")


def test_descriptive_words_are_stripped_from_an_organisation():
    quote = one_quote("Militant organization Taliban said: “We hold the bridge.”")
    assert (quote.speaker, quote.speaker_kind) == ("Taliban", "organisation")


def test_a_group_without_an_organisation_is_a_description():
    quote = one_quote("“We were never consulted,” local farmers said.")
    assert (quote.speaker, quote.speaker_description) == (None, "local farmers")


def test_a_campaign_named_after_its_candidate_is_an_organisation():
    quote = one_quote("The Harlan campaign said the ad was “a desperate lie.”")
    assert (quote.speaker, quote.speaker_kind) == ("Harlan campaign", "organisation")


# -- text that is not a quote -------------------------------------------------------------------


def test_quotes_inside_markup_attributes_are_not_quotes():
    text = '<tweet tweet-id="1234567890"><tweet/>. Dana Roe said “the tweet speaks for itself.”'
    assert [q.text for q in quotes(text)] == ["the tweet speaks for itself."]


def test_mismatched_curly_and_straight_marks_still_pair():
    found = quotes('“We will appeal," Ana Lutz said. "Nothing has changed.”')
    assert [q.text for q in found] == ["We will appeal", "Nothing has changed."]


def test_names_that_end_like_adverbs_are_still_names():
    assert speaker_of("Reilly answered sharply, with a laugh: “Try harder next time.”") == "Reilly"
    assert speaker_of("“We are not done,” said Shelly Brant, adding more.") == "Shelly Brant"
    assert speaker_of("Hastily, Ona Pratt said, “We will be back before noon.”") == "Ona Pratt"


def test_a_question_word_in_the_sentence_is_not_a_relative_clause():
    text = "The hearing grew so tense over who leaked which memo that Gov. Nate Orr said, “Enough.”"
    assert speaker_of(text) == "Nate Orr"


def test_a_quote_set_off_by_a_comma_belongs_to_the_subject_of_its_clause():
    text = "Mayor Joan Pike shared her doubts with donors in Austin, “I do not know who wins.”"
    assert speaker_of(text) == "Joan Pike"


def test_an_inverted_cue_after_a_short_continuation_of_the_quote():
    text = "“They have no choice” but to spend more on ads, says Ravi Menon, a media consultant."
    assert speaker_of(text) == "Ravi Menon"


def test_a_document_quoted_from_speaks_for_its_owner():
    assert speaker_of("From Ortega's Facebook post: “We must move past this.”") == "Ortega"


def test_the_cue_after_a_quote_that_ran_over_a_sentence_end():
    text = "The rivals “were stiff. They were not fun” by comparison, Dana Pruitt said."
    assert speaker_of(text) == "Dana Pruitt"


def test_a_fragment_in_a_title_case_headline_belongs_to_the_name_before_the_cue():
    quote = one_quote("Ortega Told Reporters Not To ‘Panic’ About The Vote\n\nThe count went on.")
    assert (quote.text, quote.speaker, quote.partial) == ("Panic", "Ortega", True)


def test_officials_of_a_body_that_is_not_named_are_a_description():
    quote = one_quote("Union officials said the strike would go on “until the end of May.”")
    assert (quote.speaker, quote.speaker_description) == (None, "Union officials")
    assert one_quote("Pentagon officials said “the base is secure.”").speaker == "Pentagon"


# --- issue 9: one speaker row per real speaker ------------------------------------------------


def test_the_ways_a_text_names_a_person_are_kept_as_aliases():
    result = extract(
        "Harbour Minister Olek Varga said 12 ferries were late. "
        "Varga said 3 more would be cancelled."
    )
    (speaker,) = result.speakers
    assert speaker.name == "Olek Varga"
    assert speaker.aliases == ("Harbour Minister", "Harbour Minister Olek Varga", "Varga")


def test_a_name_without_a_role_gains_no_written_alias():
    (speaker,) = extract("Olek Varga said 12 ferries were late.").speakers
    assert speaker.aliases == ()


def speakers_of(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(s.name, s.kind, s.aliases) for s in extract(text).speakers]


def test_a_body_named_with_of_is_one_organisation():
    assert speakers_of("According to the Ministry of Coastal Works, 40 homes flooded.") == [
        ("Ministry of Coastal Works", "organisation", ())
    ]


def test_a_survey_is_an_organisation_and_a_dotted_acronym_loses_its_periods():
    assert speakers_of("The U.S. Soil Survey said 12 farms were lost.") == [
        ("US Soil Survey", "organisation", ("U.S. Soil Survey",))
    ]
    assert speakers_of("The US Soil Survey said 12 farms were lost.") == [
        ("US Soil Survey", "organisation", ())
    ]


def test_a_national_body_written_in_lower_case_is_named_in_title_case():
    assert speakers_of("The Danish interior ministry said 30 boats stayed in port.") == [
        ("Danish Interior Ministry", "organisation", ())
    ]


def test_a_political_leaning_opening_the_sentence_is_no_part_of_the_name():
    (speaker,) = extract("Centrist Ola Brandt said 14 seats were won.").speakers
    assert speaker.name == "Ola Brandt"


def test_a_surname_with_a_particle_is_kept_whole_as_an_alias():
    (speaker,) = extract("Anne de Vries said 40 came. De Vries said 12 people left.").speakers
    assert (speaker.name, speaker.aliases) == ("Anne de Vries", ("De Vries",))


def test_a_place_before_one_other_word_is_part_of_the_name():
    (speaker,) = extract("Berlin Nord-Union said the fee was 40 million euros.").speakers
    assert speaker.name == "Berlin Nord-Union"


def test_a_place_before_a_full_name_still_only_describes():
    (speaker,) = extract("Russian Olga Petrova said 40 people came.").speakers
    assert speaker.name == "Olga Petrova"


def test_an_acronym_of_a_named_organisation_is_that_organisation_either_way_round():
    for text in (
        "The Harbour Safety Board said 12 boats sank. The HSB said 3 crews were missing.",
        "The HSB said 3 crews were missing. The Harbour Safety Board said 12 boats sank.",
    ):
        assert speakers_of(text) == [("Harbour Safety Board", "organisation", ("HSB",))]


def test_a_two_letter_acronym_of_a_person_keeps_them_a_person():
    (speaker,) = extract("Jonas Kirk said 40 came. JK said 12 people left.").speakers
    assert (speaker.name, speaker.kind, speaker.aliases) == ("Jonas Kirk", "person", ("JK",))


def test_quoted_someone_as_saying_makes_the_object_the_speaker_and_the_subject_the_venue():
    result = extract("The agency quoted district chief Omar Dalil as saying 40 homes collapsed.")
    (speaker,) = result.speakers
    assert speaker.name == "Omar Dalil"
    assert result.quantities[0].claimant == "Omar Dalil"


def test_quoted_without_as_saying_names_no_speaker():
    result = extract("The paper quoted 40 experts in its report.")
    assert result.speakers == []


def test_a_hyphenated_title_is_no_part_of_the_name():
    (speaker,) = extract("UN Secretary-General Ana Dumas said 40 countries sent aid.").speakers
    assert (speaker.name, speaker.aliases[0]) == ("Ana Dumas", "UN Secretary-General")


def test_according_to_a_document_from_someone_credits_who_made_it():
    result = extract("Turnout was 61%, according to an estimate from the Norvik polling institute.")
    assert result.quantities[0].claimant == "Norvik Polling Institute"
    result = extract("According to a report by the Harbour Board, 40 boats sank.")
    assert result.quantities[0].claimant == "Harbour Board"


def test_a_body_named_again_by_the_end_of_its_name_is_the_same_body():
    text = (
        "The Danish Fisheries Board said 30 boats stayed in port. "
        "The Fisheries Board said 12 crews were missing."
    )
    assert speakers_of(text) == [("Danish Fisheries Board", "organisation", ("Fisheries Board",))]


def test_a_shortened_name_two_bodies_end_in_is_neither():
    text = (
        "The Danish Fisheries Board said 30 boats stayed. The Dutch Fisheries Board said 12 "
        "crews were missing. The Fisheries Board said 4 ports closed."
    )
    assert [name for name, _k, _a in speakers_of(text)] == [
        "Danish Fisheries Board",
        "Dutch Fisheries Board",
        "Fisheries Board",
    ]


def test_a_body_named_by_its_holder_keeps_the_possessive_in_its_name():
    for text, expected in [
        ("The Harwell Sheriff's Office said 12 homes burned.", "Harwell Sheriff's Office"),
        ("The Governor’s Office said 3 roads were shut.", "Governor's Office"),
        ("The Bank's Monetary Policy Committee said 9 members voted.", "Monetary Policy Committee"),
    ]:
        assert [q.claimant for q in extract(text).quantities][:1] == [expected]


def test_an_image_caption_glued_to_the_first_word_is_not_part_of_the_claimants_name():
    # Scraped pages keep a logo's alt text ("Harlow Logo") glued to the article's first word.
    found = extract("Harlow LogoHarlow today announced revenue of $46.9 billion.")
    assert [q.claimant for q in found.quantities] == ["Harlow"]
    assert [s.name for s in found.speakers] == ["Harlow"]


def test_a_place_after_in_or_across_before_the_verb_is_where_not_who_claims():
    found = extract("The survey taken at polling stations across Varnland suggests 314 seats.")
    assert found.quantities[0].claimant == "the survey"
    assert extract("Officials in Tarnby said 40 people died.").quantities[0].claimant == "Officials"


def test_a_body_after_a_title_and_its_connector_is_not_part_of_the_name():
    text = '"The damage is total," Secretary to the Cabinet Anna Varn told reporters in Tarnby.'
    assert speaker_of(text) == "Anna Varn"


def test_the_end_of_a_body_named_with_of_is_no_person():
    text = (
        '"Roads are a priority," Piet Harlow, head of logistics at the Tarnby Office for the '
        "Coordination of Harbour Affairs told the Varn Herald."
    )
    assert speaker_of(text) != "Harbour Affairs"


def test_names_joined_by_slashes_are_one_body_not_a_person_called_by_the_last():
    found = extract("Harlow would get 266 seats, the exit poll for Varn/ITV/Tarnby suggests.")
    assert found.quantities[0].claimant == "Varn/ITV/Tarnby"
    assert [(s.name, s.kind) for s in found.speakers] == [("Varn/ITV/Tarnby", "organisation")]


def test_capitalised_words_before_a_body_named_with_of_are_part_of_its_name():
    found = extract("The Federal Office of Harbour Statistics said 1,200 ships docked in Varn.")
    assert found.quantities[0].claimant == "Federal Office of Harbour Statistics"
    # a possessive before it is its owner, not its name
    found = extract("Varnland's Federal Office of Harbour Statistics said 1,200 ships docked.")
    assert found.quantities[0].claimant == "Federal Office of Harbour Statistics"


def test_a_body_named_by_a_plural_head_and_of_is_one_organisation():
    found = extract("The Offices for Harbour Safety said 14 ships ran aground near Varn.")
    assert found.quantities[0].claimant == "Offices for Harbour Safety"


def test_a_document_noun_from_a_body_credits_the_body_not_the_word_before_it():
    found = extract("Fresh estimates from the Tarnby Office of Statistics showed 4,100 deaths.")
    assert found.quantities[0].claimant == "Tarnby Office of Statistics"
    assert "Fresh" not in [s.name for s in found.speakers]


def test_and_between_capitalised_words_after_a_body_and_of_joins_its_name():
    found = extract("The Office for Harbour Safety and Pilotage said 14 ships ran aground.")
    assert found.quantities[0].claimant == "Office for Harbour Safety and Pilotage"
    found = extract(
        "Wrecks rose 9 percent, according to the Office for Harbour Safety and Pilotage."
    )
    assert found.quantities[0].claimant == "Office for Harbour Safety and Pilotage"
    # two people joined by "and" stay apart
    assert extract("Tom Hale and Ann Varn said 12 people came.").quantities[0].claimant != (
        "Tom Hale and Ann Varn"
    )


def test_a_company_named_by_its_site_is_one_organisation_name():
    found = extract("Tarnby.com Inc. said it would pay $42 a share for Varn Grocers.")
    assert found.quantities[0].claimant == "Tarnby.com Inc."
    assert [(s.name, s.kind) for s in found.speakers] == [("Tarnby.com Inc.", "organisation")]


def test_a_cue_verb_after_a_participle_or_determiner_is_a_noun_with_no_speaker():
    found = extract("Ship output rose 4.1 per cent, missing forecasts of 4.5 per cent.")
    assert [q.claimant for q in found.quantities] == [None, None]
    assert found.speakers == [] or "Ship" not in [s.name for s in found.speakers]
    # a verb after its subject still cues
    assert extract("Tarnby Bank forecasts 6 per cent growth.").quantities[0].claimant == (
        "Tarnby Bank"
    )


def test_what_an_organisations_poll_showed_or_found_is_its_claim():
    assert extract("Tarnby Polling Institute showed 52 per cent for No.").quantities[
        0
    ].claimant == ("Tarnby Polling Institute")
    found = extract("The Varn Institute found that 40 percent of ships were late.")
    assert found.quantities[0].claimant == "Varn Institute"
    # a person showing something claims nothing by it; nor does the paper a poll was for
    assert extract("Tom Hale showed 3 charts to the board.").quantities[0].claimant is None
    found = extract("A poll by the Varn Institute for the Tarnby Herald showed 45 per cent.")
    assert found.quantities[0].claimant != "Tarnby Herald"


def test_a_name_with_an_apposition_is_a_person_a_later_pronoun_may_mean():
    text = (
        "Others, such as Piet Harlow-Varn, an economist at Tarnby Capital, are less gloomy. "
        "He said that output may be 3 percentage points below the official figure."
    )
    assert extract(text).quantities[0].claimant == "Piet Harlow-Varn"


def test_a_surname_with_an_apostrophe_is_a_name_a_later_pronoun_may_mean():
    text = (
        "Harbour master Li Bao’an made it clear that the work was vast. He told reporters that "
        "40 ships came in."
    )
    assert extract(text).quantities[0].claimant == "Li Bao'an"


def test_a_body_named_by_its_initials_before_plain_words_and_a_group_noun_is_the_initials():
    found = extract("The TSF shipping lobby group said 40 percent of firms were relieved.")
    assert found.quantities[0].claimant == "TSF"
    # a place's initials still describe: the body keeps its full name
    found = extract("The US trade ministry said 40 percent of firms were relieved.")
    assert found.quantities[0].claimant == "US Trade Ministry"


def test_and_between_capitalised_words_ending_in_a_body_head_is_one_name():
    found = extract("The Varn Flood Relief and Recovery Council said 40 homes were lost.")
    assert found.quantities[0].claimant == "Varn Flood Relief and Recovery Council"
    found = extract("The Ossby Rescue and Coast Authority (ORCA) said 40 homes were lost.")
    assert found.quantities[0].claimant == "Ossby Rescue and Coast Authority"
    # two names joined by "and" with a determiner between stay apart
    found = extract("Ossby and the Varn Council said 40 homes were lost.")
    assert found.quantities[0].claimant == "Varn Council"


def test_a_named_person_of_a_body_written_in_lower_case_is_the_speaker():
    for text in (
        "Detective Ilse Marrow of the county police said 40 boats were searched.\n",
        "Ilse Marrow with the national police force said 40 boats were searched.\n",
        "Inspector Ilse Marrow of Veldland's river police said 40 boats were searched.\n",
    ):
        found = extract(text)
        assert [s.name for s in found.speakers][-1:] in (["Ilse Marrow"], ["Inspector Ilse Marrow"])
        assert found.quantities[0].claimant in ("Ilse Marrow", "Inspector Ilse Marrow")


def test_a_spokesman_or_a_body_of_a_lower_case_body_is_not_read_as_a_person():
    found = extract("A spokesman for the harbour police said 40 boats were searched.\n")
    assert all("spokesman" not in s.name.lower() for s in found.speakers)
    found = extract("The Ministry of the interior said 40 boats were searched.\n")
    assert found.quantities[0].claimant != "Ministry"
