"""Reading documents of every shape into blocks whose characters point into the original."""

from pathlib import Path

import pytest

from studyapp.extract import extract
from studyapp.extract.sentences import sentences
from studyapp.ingest import DocumentError, parse_document, read_document
from studyapp.ingest.lines import is_navigation

CORPUS = Path(__file__).parent.parent.parent / "shared" / "corpus"


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def texts(document) -> list[str]:
    return [block.text for block in document.blocks]


def assert_offsets_point_into_original(document) -> None:
    for block in document.blocks:
        for ch, offset in zip(block.text, block.offsets, strict=True):
            at = document.original[offset]
            # Spaces stand for any whitespace, entities for "&...;", cell marks for "|" or
            # an HTML cell's tag.
            assert ch in (" ", at) or at == "&" or (at in "|<" and ch in ":;"), \
                (block.text, ch, offset)


def test_encyclopedia_headings_infobox_and_timeline(tmp_path):
    doc = read_document(write(tmp_path, "siege.txt", (
        "= The Siege =\n\nInfobox\n- Title: The Siege\n- Date: 1683\n\n"
        "The city was besieged in 1683.[2] It held out.\n\n== Timeline ==\n=== 1683 ===\n"
        "July 14: the siege began\nSeptember 12, the relief army arrived\n")))
    assert doc.title == "The Siege"
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "heading", "heading",
                                            "line", "line"]
    assert "Infobox" not in " ".join(texts(doc)) and "1683\n" not in texts(doc)[1]
    assert texts(doc)[1] == "The city was besieged in 1683. It held out."
    assert [b.level for b in doc.blocks if b.kind == "heading"] == [1, 2, 3]
    assert_offsets_point_into_original(doc)


def test_block_span_gives_the_original_characters(tmp_path):
    original = "Intro line.\n\nThe treaty was signed in 1648.[1] Peace followed.\n"
    doc = read_document(write(tmp_path, "peace.txt", original))
    block = doc.blocks[1]
    start, end = block.span(0, len("The treaty was signed in 1648."))
    assert original[start:end] == "The treaty was signed in 1648."
    assert original[slice(*block.span(0, len(block.text)))].endswith("Peace followed.")


def test_markdown_front_matter_links_timestamps_callouts(tmp_path):
    doc = read_document(write(tmp_path, "notes.md", (
        "---\ntitle: Lecture notes\nvideoId: abc\n---\n\nFrom: [[someone]] <br/>\n\n"
        "## 1789 - 1792 Revolution\n\n"
        'The [[Estates General | estates]] met in May 1789 <a class="t" data-t="00:02:10">'
        "[00:02:10]</a>. The king *fled*.\n\n> [!INFO] Aside\n> More later <a>[00:03:00]</a>.\n"
        "*   First item\n")))
    assert doc.title == "Lecture notes"
    assert "The estates met in May 1789. The king fled." in texts(doc)
    assert not any("00:0" in text or "<" in text or "[[" in text for text in texts(doc))
    assert "1789 - 1792 Revolution" in texts(doc)
    assert "Aside" in texts(doc) and "More later." in texts(doc)
    assert "First item" in texts(doc)
    assert_offsets_point_into_original(doc)


def test_markdown_title_from_first_heading_else_file_name(tmp_path):
    assert read_document(write(tmp_path, "a.md", "# Big Title\n\nText.\n")).title == "Big Title"
    assert read_document(write(tmp_path, "cold-war.md", "Text only.\n")).title == "Cold war"


def test_scraped_page_drops_navigation_captions_credits_and_repeats(tmp_path):
    caption = "A crowd gathers at the square, March 3, 2011"
    teaser = "Why it matters and what comes next for the region"
    doc = read_document(write(tmp_path, "feature.txt", "\n".join([
        "Skip to main content", caption, "news", "",
        "The long road home A reporter looks back at a decade of change", "",
        "Source: Daily Bugle", caption, caption, "Jane Roe / Agency / Images", "",
        "In 2011, protests began in the capital. They spread quickly.", "",
        teaser, "", "How it started", "", "A view of the harbour before the storm of 1900",
        "Picture Archive / Getty Images", "", "By 2012 the movement had split.", "",
        teaser, ""])))
    assert doc.title == "The long road home A reporter looks back at a decade of change"
    body = texts(doc)
    assert body[1:] == ["In 2011, protests began in the capital. They spread quickly.",
                        "How it started", "By 2012 the movement had split."]
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "heading", "paragraph"]


def test_html_boilerplate_removed_and_entities_decoded(tmp_path):
    doc = read_document(write(tmp_path, "page.html", (
        "<html><head><title>T</title><script>var a = 1;</script></head><body>"
        "<nav>Home | News</nav><h1>The Fall &amp; Rise</h1>"
        "<p>On 9 November 1989 the wall <b>fell</b>.&nbsp;People cheered.</p>"
        "<figure><img src=x><figcaption>Crowds, 1989</figcaption></figure>"
        "<footer>Copyright 2024</footer></body></html>")))
    assert doc.title == "The Fall & Rise"
    assert texts(doc) == ["The Fall & Rise", "On 9 November 1989 the wall fell. People cheered."]


def test_any_script_and_other_encodings(tmp_path):
    text = "Ղարաբաղ — Καραμπάχ — 卡拉巴赫. Written in 1990.\n"
    assert read_document(write(tmp_path, "u.txt", text)).blocks[0].text == text.strip()
    latin = ("Le traité fut signé à Versailles en 1919, après la guerre. Les délégués étaient "
             "réunis dans la galerie des Glaces; l'Allemagne protesta contre ses clauses.\n")
    doc = read_document(write(tmp_path, "l.txt", latin.encode("cp1252")))
    assert "signé à Versailles" in doc.blocks[0].text


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n", "empty"),
    ("image.txt", bytes(range(256)) * 40, "binary"),
    ("bad.txt", b"\xff\xfe\xfd\x80\x81\x00\x00\x01\x02", "UTF-8"),
])
def test_bad_files_are_refused_naming_the_file(tmp_path, name, content, message):
    path = write(tmp_path, name, content)
    with pytest.raises(DocumentError, match=message) as error:
        read_document(path)
    assert name in str(error.value)


def test_missing_and_huge_files(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nothing.txt")
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        out.truncate(50 * 1024 * 1024)
    with pytest.raises(DocumentError, match="too large"):
        read_document(big)


def test_sentences_split_inside_paragraphs_and_keep_lines_whole(tmp_path):
    doc = read_document(write(tmp_path, "s.txt", (
        "Dr. Smith arrived on Jan. 5. He left in 1901. Then it rained.\n\n"
        "- Item one. Item two\n")))
    para, line = doc.blocks
    assert [para.text[s:e] for s, e in sentences(para)] == [
        "Dr. Smith arrived on Jan. 5.", "He left in 1901.", "Then it rained."]
    assert sentences(line) == [(0, len(line.text))]


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*") if p.suffix != ""
                                        and p.name != "README.md"))
def test_corpus_documents_read_with_offsets(name):
    doc = read_document(CORPUS / name)
    assert doc.title and len(doc.blocks) > 10
    assert_offsets_point_into_original(doc)
    assert not any("[00:" in b.text or "{{" in b.text for b in doc.blocks)


@pytest.mark.parametrize("text, expected", [
    ("The army left in 1920. Peace followed. It did not last!",
     ["The army left in 1920.", "Peace followed.", "It did not last!"]),
    ("He wrote “we will return.” The town was burned.",
     ["He wrote “we will return.”", "The town was burned."]),
    ("Gen. Lee surrendered. The war ended.", ["Gen. Lee surrendered.", "The war ended."]),
    ("Donald E. Miller wrote a book. It sold well.",
     ["Donald E. Miller wrote a book.", "It sold well."]),
    ("U.S. troops landed in 1944. They advanced.",
     ["U.S. troops landed in 1944.", "They advanced."]),
])
def test_sentence_ends_plain_and_doubtful(tmp_path, text, expected):
    block = read_document(write(tmp_path, "x.txt", text + "\n")).blocks[0]
    assert [block.text[s:e] for s, e in sentences(block)] == expected


def test_hard_wrapped_text_joins_its_lines_into_paragraphs(tmp_path):
    text = (
        "The Long Strike\n\n"
        "In 1911 the dockers of the northern port walked out after the owners cut\n"
        "their pay by a fifth. The strike spread to the railways within a month and\n"
        "Parliament debated it twice.\n\n"
        "Aftermath\n\n"
        "When the men went back in January 1912, most had won a small rise. The\n"
        "owners, who had lost heavily, formed a federation of their own in the same\n"
        "year, and the unions answered with a federation of theirs in March.\n")
    doc = read_document(write(tmp_path, "strike.txt", text))
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "heading", "paragraph"]
    assert doc.blocks[1].text.startswith("In 1911 the dockers") and \
        doc.blocks[1].text.endswith("Parliament debated it twice.")
    assert "cut their pay" in doc.blocks[1].text


def test_html_infobox_references_and_boxes_by_class_are_boilerplate(tmp_path):
    doc = read_document(write(tmp_path, "wiki.html", (
        "<html><body><div id='content'><h1>Canal crisis</h1>"
        "<table class='infobox vevent'><tr><td>Date</td><td>29 October 1956</td></tr></table>"
        "<p>The invasion began in late 1956.<sup class='reference'>[1]</sup> It failed.<br>"
        "Troops left.</p><div role='navigation'>Main page</div>"
        "<ul><li>First item</li><li>Second <i>item</i></li></ul>"
        "<div class='newsletter-signup'>Sign up now</div></div></body></html>")))
    assert [b.text for b in doc.blocks] == [
        "Canal crisis", "The invasion began in late 1956. It failed. Troops left.",
        "First item", "Second item"]


def test_a_wiki_pages_category_links_and_a_cite_this_article_box_are_boilerplate():
    page = ("<html><body><h1>Canal crisis</h1><p>The invasion began in late 1956.</p>"
            "<div id='catlinks' class='catlinks'>Categories: <a href='/c'>1950s wars</a></div>"
            "<section class='cite-box'><h3>Cite this article</h3><p>Roe, Ada. \"Canal "
            "crisis.\" <i>Lives</i>, 4 Mar. 2024, www.lives.org/canal. Accessed 2 April 2024."
            "</p></section></body></html>")
    assert texts(parse_document("canal.html", page)) == [
        "Canal crisis", "The invasion began in late 1956."]


def test_a_cite_this_article_heading_opens_a_section_of_sources():
    document = parse_document("canal.txt", (
        "Canal crisis\n\nThe invasion began in late 1956.\n\nCite this article\n\n"
        "Roe, Ada. Canal crisis. Lives, 4 Mar. 2024. Accessed 2 April 2024.\n"))
    assert [e.span.text for e in extract([document]).events] == ["late 1956"]


@pytest.mark.parametrize("heading", ["Further viewing", "Further reading and viewing",
                                     "Suggested listening"])
def test_lists_of_films_and_recordings_are_sections_of_sources(heading):
    document = parse_document("notes.md", (
        f"# The canal\n\n- The canal opened in 1869.\n\n## {heading}\n\n"
        "- The Big Ditch, a film released in 2004\n"))
    assert [e.span.text for e in extract([document]).events] == ["1869"]


def test_markdown_task_items_open_or_ticked_are_the_note_takers_to_dos():
    document = parse_document("notes.md", (
        "# Notes\n\n## 1960 - 1970 The crisis\n\n- [ ] Essay plan: why 1964?\n"
        "- [x] Read the 1965 chapter\n- 1967: the war began\n"))
    assert texts(document) == ["Notes", "1960 - 1970 The crisis", "1967: the war began"]


def test_markdown_table_rows_read_as_lines_and_the_header_row_names_columns_only(tmp_path):
    doc = read_document(write(tmp_path, "t.md", (
        "# Dates\n\n| Year | Event |\n|------|-------|\n| 1914 | War **begins** |\n"
        "| 1918 | Armistice |\n")))
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [
        ("line", "1914: War begins"), ("line", "1918: Armistice")]
    assert_offsets_point_into_original(doc)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends(tmp_path, newline):
    text = newline.join(["---", "title: T", "---", "", "## 1990", "", "- In May the wall fell", ""])
    doc = read_document(write(tmp_path, "n.md", text))
    assert doc.title == "T"
    assert [b.text for b in doc.blocks] == ["1990", "In May the wall fell"]
    plain = read_document(write(tmp_path, "p.txt", newline.join(["== A ==", "Text here.", ""])))
    assert [b.text for b in plain.blocks] == ["A", "Text here."]


def test_utf16_with_byte_order_mark(tmp_path):
    doc = read_document(write(tmp_path, "u16.txt", "Die Mauer fiel 1989.\n".encode("utf-16")))
    assert doc.blocks[0].text == "Die Mauer fiel 1989."


def test_menu_at_the_top_and_a_caption_above_a_credit_are_furniture(tmp_path):
    doc = read_document(write(tmp_path, "news.txt", "\n".join([
        "Skip to content", "World", "Politics", "",
        "The flood that changed a city Fifty years on, survivors remember the night", "",
        "A boat on a flooded street in the old town, November 4, 1966.",
        "Photo: Archive / Agency", "",
        "On the night of 3 November 1966 the river burst its banks.", ""])))
    assert doc.title.startswith("The flood that changed a city")
    assert [b.text for b in doc.blocks[1:]] == [
        "On the night of 3 November 1966 the river burst its banks."]


def test_a_short_title_alone_is_not_a_menu(tmp_path):
    doc = read_document(write(tmp_path, "bio.txt", "Marie Curie\n\nShe was born in 1867.\n"))
    assert doc.title == "Marie Curie"


def test_wiki_template_infobox_ends_at_its_closing_braces(tmp_path):
    doc = read_document(write(tmp_path, "w.txt", (
        "= King =\n\n{{Infobox royalty\n| name = King\n| reign = 1804 – 1814\n}}\n"
        "The king ruled from 1804.[1]\n\n[[Category:1769 births]]\n")))
    assert [b.text for b in doc.blocks] == ["King", "The king ruled from 1804."]


@pytest.mark.parametrize("markup", ["<br>", "<br/>", "<BR />"])
def test_a_markdown_line_break_tag_keeps_the_words_on_each_side_apart(markup):
    text = (f"# Notes\n\nLed by [[Anna Berg]]{markup}[[Carl Holm|Holm]] in 1850.\n\n"
            f"| chief | A{markup}B |\n")
    document = parse_document("notes.md", text)
    assert [block.text for block in document.blocks[1:]] == [
        "Led by Anna Berg Holm in 1850.", "chief: A B"]
    berg = document.blocks[1]
    space = berg.text.index(" Holm")
    assert text[berg.offsets[space]] == "<"  # the space stands where the tag was


def test_infobox_fields_naming_people_are_kept_as_lines_the_rest_dropped(tmp_path):
    doc = read_document(write(tmp_path, "battle.txt", (
        "Battle of Marl\n\nThe battle of Marl was fought in 1702.\n\n"
        "| conflict = Battle of Marl\n| date = 3 May 1702\n"
        "| commander1 = Hendrik Vos; Pieter Ruys\n| commander2 = Karl Benning<br>Jan Oost\n"
        "\n== Background ==\n\nThe war began in 1701.\n")))
    assert texts(doc) == ["Battle of Marl", "The battle of Marl was fought in 1702.",
                          "| commander = Hendrik Vos; Pieter Ruys",
                          "| commander = Karl Benning; Jan Oost", "Background",
                          "The war began in 1701."]
    assert [b.kind for b in doc.blocks][2:4] == ["line", "line"]
    oost = doc.blocks[3]
    start, end = oost.span(oost.text.index("Jan"), len(oost.text))
    assert doc.original[start:end] == "Jan Oost"
    assert doc.original[oost.offsets[oost.text.index(";")]] == ">"  # the tag's place


def test_a_wiki_template_infobox_keeps_its_spouse_field_only(tmp_path):
    doc = read_document(write(tmp_path, "w.txt", (
        "= Anna Berg =\n\n{{Infobox person\n| name = Anna Berg\n| born = 1801\n"
        "| spouse = Carl Holm\n}}\nAnna Berg was a painter.\n")))
    assert texts(doc) == ["Anna Berg", "| spouse = Carl Holm", "Anna Berg was a painter."]


def test_an_infobox_people_field_keeps_names_only_so_it_holds_no_date(tmp_path):
    doc = read_document(write(tmp_path, "holm.txt", (
        "= Carl Holm =\n\n{{Infobox person\n| name = Carl Holm\n"
        "| spouse = Anna Berg (m. 1830)<br>Ida Lund (m. 1845)\n| children = 3\n}}\n"
        "Carl Holm was a painter.\n")))
    assert texts(doc) == ["Carl Holm", "| spouse = Anna Berg ; Ida Lund",
                          "Carl Holm was a painter."]


def test_wiki_bold_and_italic_marks_are_not_text():
    document = parse_document("w.txt", "= Revolt =\n\nThe '''Salt Revolt''' was a ''rising'' "
                                        "of the duke's workers.\n")
    assert texts(document)[1] == "The Salt Revolt was a rising of the duke's workers."
    assert_offsets_point_into_original(document)


@pytest.mark.parametrize("top", [
    ["Skip to main content", "Sections", "World", "Europe", "Log in", "", "Europe", ""],
    ["Home > History > Europe", ""],
])
def test_a_page_menu_and_breadcrumb_trail_are_not_the_title(tmp_path, top):
    doc = read_document(write(tmp_path, "page.txt", "\n".join(
        [*top, "The last voyage of the Vessa Star", "", "By Ann Tell", "",
         "The liner sank on 14 April 1944.", ""])))
    assert doc.title == "The last voyage of the Vessa Star"


def test_markdown_footnote_marks_and_notes_are_not_text(tmp_path):
    doc = read_document(write(tmp_path, "n.md", "# Fire\n\nIn 1666 a fire destroyed Arle.[^1] "
                                                "On 2 September the bakery burned.\n\n"
                                                "[^1]: Holt, Ann. *The Burning City*. Corva "
                                                "Press, 2004.\n    Second line of the note.\n\n"
                                                "The king came.\n"))
    assert texts(doc)[1:] == ["In 1666 a fire destroyed Arle. On 2 September the bakery burned.",
                              "The king came."]
    assert_offsets_point_into_original(doc)


def test_lettered_and_numbered_note_marks_are_not_text():
    document = parse_document("w.txt", "= Revolt =\n\nThe revolt began in 1734.[a] It ended "
                                       "in 1736.[note 2][3]\n")
    assert texts(document)[1] == "The revolt began in 1734. It ended in 1736."


def test_html_table_rows_read_as_lines_and_the_h1_is_kept_after_a_jump_link(tmp_path):
    page = ("<html><body><div>Jump to navigation</div><h1>Vessan Reform</h1>"
            "<p>The reform ran from 1860 to 1870.</p><table><tr><th>Year</th><th>Law</th></tr>"
            "<tr><td>1862</td><td>Press law</td><td>Arle</td></tr></table></body></html>")
    doc = read_document(write(tmp_path, "r.html", page))
    assert doc.title == "Vessan Reform"
    assert texts(doc) == ["Vessan Reform", "The reform ran from 1860 to 1870.",
                          "1862: Press law; Arle"]
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "line"]
    assert_offsets_point_into_original(doc)


@pytest.mark.parametrize("line", ["Home | World | Europe", "News · Sport · Culture · Travel"])
def test_a_row_of_menu_items_is_furniture(line):
    assert is_navigation(line)


def test_a_quotation_s_attribution_line_is_text_not_a_heading():
    text = ("Notes\n\n\"We never stopped looking,\" a diver said in 1986.\n\n"
            "— Luis Lumbreras, archaeologist\n\nThe ship sank in 1985.\n")
    kinds = [(b.kind, b.text) for b in parse_document("story.txt", text).blocks]
    assert ("paragraph", "— Luis Lumbreras, archaeologist") in kinds


def test_entries_under_a_short_works_heading_are_lines_not_headings():
    document = parse_document("life.txt", "Ada Roe\n\nAda Roe (1801 – 1870) was a surveyor.\n\n"
                              "Selected works\nTraité des glaciers (1830)\nMémoires (1835–1849)\n")
    kinds = {block.text: block.kind for block in document.blocks}
    assert kinds["Selected works"] == "heading"
    assert kinds["Traité des glaciers (1830)"] == kinds["Mémoires (1835–1849)"] == "line"


def test_a_related_links_box_names_no_people():
    document = parse_document("story.txt", "A story\n\nThe town rebuilt the bridge in 2019.\n\n"
                              "Related\nPhotos: the bridge before and after\n")
    assert not extract([document]).figures


@pytest.mark.parametrize("line", [
    "Reader Notice: We use your address only to send this letter.",
    "Cookie Settings: choose which cookies we may use",
])
def test_a_sites_notice_about_itself_is_furniture(line):
    assert is_navigation(line)
    assert not is_navigation("Note: the town rebuilt the bridge in 2019.")


INFOBOX_PAGE = """<html><body>
<table class="infobox">
  <tr><th colspan="2">Ada Roe</th></tr>
  <tr><th>Born</th><td>8 July 1793<br>Kellport</td></tr>
  <tr><th>Spouse</th><td>Piet Haskel (m. 1812)</td></tr>
  <tr><th>Parents</th><td>Orm Roe<br>Ilse Varga</td></tr>
</table>
<p><b>Ada Roe</b> (8 July 1793 – 1856) was a painter from Kellport.</p>
</body></html>"""


def test_an_html_infobox_keeps_only_its_rows_of_a_life_and_of_people_without_their_dates():
    document = parse_document("life.html", INFOBOX_PAGE)
    assert texts(document)[:3] == ["Born: 8 July 1793; Kellport", "Spouse: Piet Haskel",
                                   "Parents: Orm Roe; Ilse Varga"]
    assert not any("1812" in text or text == "Ada Roe" for text in texts(document))
    assert_offsets_point_into_original(document)


def test_plural_infobox_fields_name_their_people():
    document = parse_document("war.txt", "The War\n\n| leaders = Ada Roe, Piet Haskel\n"
                              "| location = Kellport\n\nThe war began in 1791.\n")
    assert "| leaders = Ada Roe, Piet Haskel" in texts(document)
    assert not any("Kellport" in text and "location" in text for text in texts(document))


def test_wiki_table_rows_read_as_lines_like_html_rows():
    document = parse_document("revolt.txt", (
        "Kellport Revolt\n\nThe revolt began in 1848.\n\n== Timeline ==\n{| class=\"wikitable\"\n"
        "|+ Events\n! Year !! Event\n|-\n| 1848 || The rising begins in Kellport\n|-\n"
        "| style=\"width:4em\" | 1849\n| Ada Roe is elected mayor\n|}\n\n== Aftermath ==\n"
        "The city was calm by 1850.\n"))
    assert texts(document)[3:] == ["1848: The rising begins in Kellport",
                                   "1849: Ada Roe is elected mayor", "Aftermath",
                                   "The city was calm by 1850."]
    assert_offsets_point_into_original(document)


def test_a_fact_box_keeps_only_its_rows_of_a_life_and_of_people():
    page = ("<html><body><h1>Ivo Tarr</h1><p>Ivo Tarr was a prince of the valley.</p>"
            "<aside class=\"facts\"><h3>At a glance</h3><ul><li>Born: 4 April 1770, Tesk</li>"
            "<li>Reign: 1801–1830</li><li>Spouse: Ada Roe (m. 1795)</li></ul>"
            "<p>Read our series on the valley's princes.</p></aside></body></html>")
    document = parse_document("life.html", page)
    assert texts(document)[2:] == ["Born: 4 April 1770, Tesk", "Spouse: Ada Roe"]


def test_rows_of_a_plain_text_infobox_in_list_shape_name_their_people():
    document = parse_document("war.txt", (
        "War of the Salt Coast\n\nInfobox military conflict\n- Name: Salt Coast War\n"
        "- Date: 1801–1804\n- Commanders: Ivo Brand, Osk Tarr | Pel Vorn\n\n"
        "The war was fought from 1801 to 1804.\n"))
    assert texts(document)[1:] == ["Commanders: Ivo Brand, Osk Tarr | Pel Vorn",
                                   "The war was fought from 1801 to 1804."]


def test_an_infobox_under_a_heading_of_its_own_is_read_as_an_infobox():
    document = parse_document("war.txt", (
        "= Battle of Orm Bay =\n\n== Infobox ==\nName: Battle of Orm Bay\nDate: 3 May 1602\n"
        "Commanders: Ivo Brand; Osk Tarr (killed)\n\n== Background ==\n\n"
        "The fleets met in 1602.\n"))
    assert texts(document) == ["Battle of Orm Bay", "Commanders: Ivo Brand; Osk Tarr",
                               "Background", "The fleets met in 1602."]
    roles = {figure.name: figure.roles for figure in extract([document]).figures}
    assert any("ommander" in role for role in roles["Osk Tarr"])


def test_numbered_rows_of_a_plain_text_infobox_in_list_shape_name_their_people():
    document = parse_document("war.txt", (
        "War of the Salt Coast\n\nInfobox military conflict\n- Date: 1801–1804\n"
        "- Leaders1: Ivo Brand, Osk Tarr\n- Leaders2: Pel Vorn\n\nThe war was fought.\n"))
    assert texts(document)[1:] == ["Leaders: Ivo Brand, Osk Tarr", "Leaders: Pel Vorn",
                                   "The war was fought."]


def test_a_teaser_box_inside_a_story_is_furniture_and_the_story_goes_on():
    document = parse_document("story.txt", (
        "A story\n\nThe river rose in 1966.\n\nRead more\nHow other cities live with water\n\n"
        "The army arrived two days later.\n\nRelated coverage\n> Ships that would not die\n"
        "> Timeline: the tests, 1966-1996\n"))
    assert texts(document) == ["A story", "The river rose in 1966.",
                               "The army arrived two days later."]


def test_lines_under_a_related_links_heading_tell_no_happening():
    text = ("The quarry fall\n\nOn Friday 14 March 1913, a wall of the quarry gave way.\n\n"
            "Related\n\n- From our archive, 15 March 1913: \"The village buries its dead\"\n"
            "- The bridge fire, 1920: lessons learned\n")
    events = extract([parse_document("story.txt", text)]).events
    assert [event.span.start.iso() for event in events] == ["1913-03-14"]
