"""Ingest: discovery, the manifest as untrusted input, decoding, HTML, quarantine."""

from __future__ import annotations

import hashlib
import os
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partystats.dateline import find_dateline
from partystats.decode import UndecodableError, decode_bytes
from partystats.extract import extract
from partystats.ingest import discover_sources, read_source
from partystats.model import SourceSpec, Status

DATA = Path(__file__).resolve().parents[1] / "data"
DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
needs_dev_corpus = pytest.mark.skipif(
    not DEV_CORPUS.is_dir(), reason=f"dev corpus not available at {DEV_CORPUS}"
)

REPORT = "截至2020年底，全市共有律师事务所476家，律师8215人，其中党员律师3120人。"
REPORT_TRADITIONAL = "截至2020年底，全市共有律師事務所476家，律師8215人，其中黨員律師3120人。"
HEADER = "file,source_id,url,title,published,jurisdiction,sector,encoding\n"


def spec_for(path: Path, root: Path, **manifest) -> SourceSpec:
    rel = path.relative_to(root).as_posix()
    return SourceSpec(source_id=path.stem, file=rel, path=path, **manifest)


def ingest_bytes(tmp_path: Path, name: str, data: bytes, **manifest):
    path = tmp_path / name
    path.write_bytes(data)
    return read_source(spec_for(path, tmp_path, **manifest))


def write_manifest(root: Path, rows: str) -> None:
    (root / "sources.csv").write_text(HEADER + rows, encoding="utf-8")


# ---------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    "codec, expected",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("big5", "big5"),
        ("utf-16", "utf-16"),  # with BOM
        ("utf-16-be", "utf-16-be"),  # no BOM: told by where the NUL bytes sit
    ],
)
def test_each_encoding_is_decoded(tmp_path, codec, expected):
    text = "律师行业党建\n" + REPORT
    if codec == "big5":
        text = "全國律師行業黨委成立\n" + REPORT_TRADITIONAL
    doc = ingest_bytes(tmp_path, "a.txt", text.encode(codec))
    assert doc.status is Status.OK, doc.status_reason
    assert doc.encoding == expected
    assert doc.raw_text == text
    assert "律师事务所476家，律师8215人" in doc.clean_text


def test_short_big5_file(tmp_path):
    data = "臺北律師公會黨員律師九百人，律師事務所一千餘家。".encode("big5")
    assert 40 <= len(data) <= 60
    doc = ingest_bytes(tmp_path, "short.txt", data)
    assert doc.encoding == "big5"
    assert doc.clean_text == "台北律师公会党员律师九百人，律师事务所一千余家。"


@pytest.mark.parametrize(
    "text",
    ["党员律师4079人", "律师事务所1058家。", "近日召开会议", "黨建", "律师"],
)
def test_short_gbk_and_big5_texts(text):
    for codec, expected in (("gbk", "gb18030"), ("big5", "big5")):
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            continue
        decoded = decode_bytes(data)
        assert (decoded.text, decoded.encoding) == (text, expected)


def test_manifest_encoding_overrides_detection(tmp_path):
    data = "律师事务所1058家".encode("gbk")
    doc = ingest_bytes(tmp_path, "a.txt", data, encoding="gbk")
    assert (doc.status, doc.encoding, doc.raw_text) == (Status.OK, "gbk", "律师事务所1058家")
    # a plausible-looking but wrong override is honoured: the manifest is the authority
    doc = ingest_bytes(tmp_path, "b.txt", "黨員律師".encode("big5"), encoding="big5hkscs")
    assert doc.encoding == "big5hkscs"


def test_a_manifest_encoding_the_bytes_do_not_fit_is_rejected(tmp_path):
    doc = ingest_bytes(tmp_path, "a.txt", "律师事务所".encode("gbk"), encoding="utf-8")
    assert doc.status is Status.REJECTED
    assert doc.status_reason.startswith("undecodable: not valid utf-8 (manifest encoding)")


def test_html_meta_charset_is_honoured(tmp_path):
    page = f"""<html><head><meta charset="gb2312"><title>律师行业党建</title></head>
    <body><article><p>{REPORT}</p></article></body></html>"""
    doc = ingest_bytes(tmp_path, "a.html", page.encode("gbk"))
    assert doc.encoding == "gb18030"
    assert "律师8215人" in doc.clean_text


# ---------------------------------------------------------------- HTML


def test_html_yields_the_article_only(tmp_path):
    page = f"""<html><head><title>杭州律师党建 - 杭州网</title>
    <script>var tracker = "统计代码";</script><style>p {{ color: red }}</style></head>
    <body>
    <nav><ul><li><a href="/">首页</a></li><li><a href="/n">新闻中心</a></li></ul></nav>
    <article><h1>杭州市律师行业党建工作实现全覆盖</h1>
    <p>{REPORT}</p><p>全市律师行业已建立党组织402个。</p></article>
    <footer>版权所有 ©2021 浙ICP备12345678号 技术支持：某公司</footer>
    <script>document.write("广告");</script>
    </body></html>"""
    doc = ingest_bytes(tmp_path, "page.htm", page.encode("utf-8"))
    assert doc.status is Status.OK
    assert doc.raw_text.startswith("杭州市律师行业党建工作实现全覆盖\n")
    assert REPORT in doc.raw_text
    for furniture in ("首页", "新闻中心", "统计代码", "广告", "版权所有", "ICP", "color"):
        assert furniture not in doc.raw_text
    assert doc.title == "杭州市律师行业党建工作实现全覆盖"


def test_a_labelled_dateline_the_article_text_leaves_out_dates_the_page(tmp_path):
    page = """<html><head><meta charset="utf-8"><title>渝北区律师党建</title></head><body>
    <div class="info">发布时间：2024年01月09日 来源：渝北区司法局</div>
    <ul class="related"><li>往期回顾 2021-08-16</li></ul>
    <p>全区43家商会中已有38家建立党组织。</p></body></html>"""
    doc = ingest_bytes(tmp_path, "page.html", page.encode("utf-8"))
    assert doc.published == date(2024, 1, 9)


def test_a_pages_site_name_is_kept_and_places_a_text_that_names_none(tmp_path):
    page = """<html><head><meta charset="utf-8">
    <title>河南律师网-砥砺奋进五年间——我省律师行业党建工作综述</title></head><body>
    <article><h1>砥砺奋进五年间——我省律师行业党建工作综述</h1>
    <p>截至2016年底，全省共有律师事务所1246家、执业律师2.07万名，党员律师6830名。</p>
    </article></body></html>"""
    doc = ingest_bytes(tmp_path, "page.html", page.encode("utf-8"))
    assert doc.site == "河南律师网"
    assert doc.title == "砥砺奋进五年间——我省律师行业党建工作综述"
    firms = next(o for o in extract(doc).observations if o.metric == "firms")
    assert (firms.jurisdiction, firms.value) == ("河南省", 1246)
    headline_only = page.replace("河南律师网-", "")
    assert ingest_bytes(tmp_path, "bare.html", headline_only.encode("utf-8")).site is None


MERGED_HEADER_PAGE = """<html><head><meta charset="utf-8"><title>全区律师行业党建数据</title></head>
<body><article><p>2014年、2015年全区及南宁市律师行业党建主要数据如下：</p>
<table border="1"><tr><td rowspan="2">地区</td><td colspan="2">2014年底</td>
<td colspan="2">2015年底</td><td rowspan="2">律所党组织</td></tr>
<tr><td>律师事务所</td><td>党员律师</td><td>律师事务所</td><td>党员律师</td></tr>
<tr><td>全区</td><td>497</td><td>1496</td><td>536</td><td>1688</td><td>371</td></tr>
<tr><td>其中：南宁市</td><td>168</td><td>702</td><td>181</td><td>785</td><td>134</td></tr>
</table></article></body></html>"""


def test_a_table_header_of_two_rows_is_made_one_and_its_year_groups_kept(tmp_path):
    doc = ingest_bytes(tmp_path, "page.html", MERGED_HEADER_PAGE.encode("utf-8"))
    assert "| 地区 | 2014年底律师事务所 | 2014年底党员律师 | 2015年底律师事务所 |" in doc.clean_text
    obs = {(o.metric, o.value): o for o in extract(doc).observations}
    assert obs[("firms", 497)].as_of.year == 2014 and obs[("firms", 536)].as_of.year == 2015
    assert obs[("party_members", 785)].jurisdiction == "南宁市"
    assert obs[("firms", 168)].as_of.year == 2014


def test_html_without_article_text_is_rejected(tmp_path):
    page = b"<html><body><nav><a href='/'>\xe9\xa6\x96\xe9\xa1\xb5</a></nav><script>x=1</script></body></html>"
    doc = ingest_bytes(tmp_path, "nav.html", page)
    assert (doc.status, doc.status_reason) == (Status.REJECTED, "html: no article text")
    assert doc.sha256 == hashlib.sha256(page).hexdigest()


# ---------------------------------------------------------------- quarantine


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty file"),
        ("nul.txt", b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 8, "binary file (NUL bytes)"),
        ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF)"),
        ("img.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG)"),
        ("ctrl.txt", bytes(range(1, 9)) * 20, "binary file (control characters)"),
        ("blank.txt", b" \n\t\r\n  ", "no text: whitespace only"),
        ("junk.txt", "沪ICP备17030485号-1\n版权所有 ©2020\n".encode(), "no text after repair"),
    ],
)
def test_bad_input_is_rejected_with_a_reason(tmp_path, name, data, reason):
    doc = ingest_bytes(tmp_path, name, data)
    assert doc.status is Status.REJECTED
    assert doc.status_reason.startswith(reason)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.raw_text == doc.clean_text == "" and doc.origin == ()


def test_undecodable_bytes_are_rejected(tmp_path):
    # invalid as UTF-8, GB18030 and Big5 (0x80 is never a lead byte), and no
    # single-byte code page charset-normalizer knows makes text of it
    data = bytes(range(0x80, 0x100)) * 2
    with pytest.raises(UndecodableError):
        decode_bytes(data)
    doc = ingest_bytes(tmp_path, "bad.txt", data)
    assert doc.status is Status.REJECTED
    assert doc.status_reason.startswith(("undecodable", "binary file"))


def test_file_over_the_size_limit_is_rejected_unread(tmp_path, monkeypatch):
    data = REPORT.encode() * 10
    path = tmp_path / "big.txt"
    path.write_bytes(data)
    doc = read_source(spec_for(path, tmp_path), max_bytes=100)
    assert doc.status_reason == f"file too large: {len(data)} bytes > limit 100"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    monkeypatch.setenv("PARTYSTATS_MAX_SOURCE_BYTES", "50")
    assert read_source(spec_for(path, tmp_path)).status is Status.REJECTED
    monkeypatch.delenv("PARTYSTATS_MAX_SOURCE_BYTES")
    assert read_source(spec_for(path, tmp_path)).status is Status.OK


def test_unreadable_file_is_rejected(tmp_path):
    doc = read_source(spec_for(tmp_path / "gone.txt", tmp_path))
    assert doc.status is Status.REJECTED
    assert doc.status_reason.startswith("unreadable")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".html"]))
def test_read_source_never_raises(tmp_path, data, suffix):
    doc = ingest_bytes(tmp_path, f"fuzz{suffix}", data)
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.status is Status.OK or doc.status_reason
    assert len(doc.origin) == len(doc.clean_text)


# ---------------------------------------------------------------- title and dateline


def test_title_and_published_come_from_the_manifest_else_the_text(tmp_path):
    text = "  杭州律师行业党建\n发布时间:2024-03-19\n" + REPORT
    doc = ingest_bytes(tmp_path, "a.txt", text.encode())
    assert (doc.title, doc.published) == ("杭州律师行业党建", date(2024, 3, 19))
    doc = ingest_bytes(
        tmp_path, "b.txt", text.encode(), title="清单标题", published=date(2024, 1, 2)
    )
    assert (doc.title, doc.published) == ("清单标题", date(2024, 1, 2))
    doc = ingest_bytes(tmp_path, "c.txt", ("很" * 300).encode())
    assert len(doc.title) == 120


@pytest.mark.parametrize(
    "text, expected",
    [
        ("标题\n发布时间:2024-03-19\n正文", date(2024, 3, 19)),
        ("日期:2008-08-28     作者:刘晓星", date(2008, 8, 28)),
        ("时间:2022-11-19 02:43:11来源:法律常识", date(2022, 11, 19)),
        ("標題\n2018-07-23 10:25 来源:新华网", date(2018, 7, 23)),
        ("2020年04月15日 16:44:28 | 作者:高涵", date(2020, 4, 15)),
        ("發(fā)布時間：2015-01-13", date(2015, 1, 13)),  # 時間 alone is a key
        ("时间: 2015-01-13 访问量:3,940", date(2015, 1, 13)),
        ("28.09.2018  06:30", date(2018, 9, 28)),
        ("2017-01-05\n正文", date(2017, 1, 5)),
        ("廣東律師行業黨建\n大公報  2023年5月8日\n截至去年底", date(2023, 5, 8)),
        ("新华社北京2023年5月8日电 截至去年底", date(2023, 5, 8)),
        ("四川公证行业党建\n四川法治报  2024-02-27  第03版\n成都市", date(2024, 2, 27)),
        ("湖南注协召开会议\n2024-04-09　湖南省注册会计师协会\n日前", date(2024, 4, 9)),
        ("标题\n来源：本报 | 2023年10月08日 | 版次：A04\n去年底", date(2023, 10, 8)),
        ("标题\n九江市民政局  2023-12-05  【字体:大 中 小】  分享至:\n目前", date(2023, 12, 5)),
        ("标题\n2023年12月　杭州市余杭区委两新工委\n截至11月底", date(2023, 12, 1)),
        ("陇原大地律师党旗红\n来源：甘肃日报　2024-07-01\n目前", date(2024, 7, 1)),
        ("金水区两新党建\n来源：金水区委组织部　2024年7月15日\n今年以来", date(2024, 7, 15)),
        ("在全省律师行业表彰大会上的讲话\n（2024年6月28日）\n这次大会", date(2024, 6, 28)),
        ("新兴领域党建工作报告\n（2022年12月）\n截至今年11月底", date(2022, 12, 1)),
        ("政府工作报告\n——2019年1月18日在鹤岗市第十届人民代表大会第四次会议上", date(2019, 1, 18)),
        ("宁夏律师\n【发布日期】2022-08-09 【来源】宁夏回族自治区司法厅", date(2022, 8, 9)),
        ("海南律师\n2019年07月08日 星期一  来源：海南日报\n截至今年6月底", date(2019, 7, 8)),
        ("柳州市律师行业党建\n发布时间：２０２２－０７－０１\n截至６月底", date(2022, 7, 1)),
        ("香港\n2023年6月9日 星期五　香港商報網\n正文", date(2023, 6, 9)),
        (
            "湖北律师党建\n截至目前，全省律所1680家。\n（湖北日报　2019年11月05日　第3版）",
            date(2019, 11, 5),
        ),
        ("2018年1月7日，时任司法部部长指出", None),  # an event, not a dateline
        ("会议强调  2018年1月7日起施行", None),  # text after the date: a sentence
        ("发布时间:2023-02-30", None),  # not a date
        ("无日期的正文。", None),
    ],
)
def test_find_dateline(text, expected):
    assert find_dateline(text) == expected


# ---------------------------------------------------------------- discovery and manifest


def make_folder(root: Path) -> None:
    (root / "sub").mkdir()
    (root / "a.txt").write_text(REPORT, encoding="utf-8")
    (root / "b.htm").write_text(f"<html><body><p>{REPORT}</p></body></html>", encoding="utf-8")
    (root / "sub" / "c.TXT").write_text(REPORT, encoding="utf-8")
    (root / "notes.md").write_text("not a source", encoding="utf-8")


def test_every_source_file_is_found_recursively(tmp_path):
    make_folder(tmp_path)
    specs, problems = discover_sources(tmp_path)
    assert [(s.file, s.source_id) for s in specs] == [
        ("a.txt", "a"),
        ("b.htm", "b"),
        ("sub/c.TXT", "c"),
    ]
    assert problems == []


def test_manifest_rows_describe_their_files(tmp_path):
    make_folder(tmp_path)
    write_manifest(tmp_path, "a.txt,src-a,https://example.org/a,标题,2021-03-12,杭州市,legal,gbk\n")
    specs, problems = discover_sources(tmp_path)
    a = next(s for s in specs if s.file == "a.txt")
    assert (a.source_id, a.url, a.title, a.published, a.jurisdiction, a.sector, a.encoding) == (
        "src-a",
        "https://example.org/a",
        "标题",
        date(2021, 3, 12),
        "杭州市",
        "legal",
        "gbk",
    )
    assert problems == []


@pytest.mark.parametrize(
    "row, reason",
    [
        ("../outside.txt,x,,,,,,", "path escapes the sources folder"),
        ("/etc/passwd,x,,,,,,", "absolute path"),
        ("C:\\\\x.txt,x,,,,,,", "absolute path"),
        ("missing.txt,x,,,,,,", "file not found"),
        ("sub,x,,,,,,", "not a file"),
        ("notes.md,x,,,,,,", "not a .txt/.htm/.html source"),
        (",x,,,,,,", "no file named"),
    ],
)
def test_bad_manifest_rows_are_reported_and_skipped(tmp_path, row, reason):
    make_folder(tmp_path)
    write_manifest(tmp_path, row + "\n")
    specs, problems = discover_sources(tmp_path)
    assert [p.row for p in problems] == [1]
    assert problems[0].reason.startswith(reason)
    assert "x" not in {s.source_id for s in specs}
    assert len(specs) == 3  # the folder's files are still ingested


def test_symlinks_leading_outside_are_refused(tmp_path):
    root, outside = tmp_path / "sources", tmp_path / "secret.txt"
    root.mkdir()
    outside.write_text(REPORT, encoding="utf-8")
    os.symlink(outside, root / "link.txt")
    os.symlink(tmp_path, root / "linkdir")
    write_manifest(root, "link.txt,l,,,,,,\nlinkdir/secret.txt,s,,,,,,\n")
    specs, problems = discover_sources(root)
    assert specs == []
    reasons = {(p.row, p.reason) for p in problems}
    assert (1, "symlink points outside the sources folder") in reasons
    assert (2, "symlink points outside the sources folder") in reasons
    assert (0, "symlink points outside the sources folder") in reasons  # found by the walk


def test_repeated_source_id_and_file_are_reported(tmp_path):
    make_folder(tmp_path)
    write_manifest(tmp_path, "a.txt,one,,,,,,\nb.htm,one,,,,,,\na.txt,two,,,,,,\n")
    specs, problems = discover_sources(tmp_path)
    assert [(p.row, p.file) for p in problems] == [(2, "b.htm"), (3, "a.txt")]
    assert "source_id 'one' already used at row 1" in problems[0].reason
    assert "file listed again (first at row 1)" in problems[1].reason
    assert {s.file: s.source_id for s in specs} == {"a.txt": "one", "b.htm": "b", "sub/c.TXT": "c"}


def test_unlisted_file_whose_stem_is_taken_gets_a_unique_id(tmp_path):
    make_folder(tmp_path)
    (tmp_path / "sub" / "a.txt").write_text(REPORT, encoding="utf-8")
    write_manifest(tmp_path, "b.htm,c,,,,,,\n")
    specs, problems = discover_sources(tmp_path)
    ids = {s.file: s.source_id for s in specs}
    assert ids == {"a.txt": "a", "b.htm": "c", "sub/a.txt": "sub_a", "sub/c.TXT": "sub_c"}
    assert len(ids.values()) == len(set(ids.values()))
    assert {(p.file, p.row) for p in problems} == {("sub/a.txt", 0), ("sub/c.TXT", 0)}
    assert all("already taken" in p.reason for p in problems)


@pytest.mark.parametrize("value", ["2021-13-01", "12/03/2021", "2021-3-1", "soon"])
def test_bad_published_date_is_reported_and_the_row_kept(tmp_path, value):
    make_folder(tmp_path)
    write_manifest(tmp_path, f"a.txt,src-a,,标题,{value},,,\n")
    specs, problems = discover_sources(tmp_path)
    a = next(s for s in specs if s.file == "a.txt")
    assert (a.source_id, a.title, a.published) == ("src-a", "标题", None)
    assert [p.row for p in problems] == [1]
    assert "not a YYYY-MM-DD date" in problems[0].reason


def test_unknown_encoding_is_reported_and_detection_used(tmp_path):
    make_folder(tmp_path)
    write_manifest(tmp_path, "a.txt,src-a,,,,,,klingon\n")
    specs, problems = discover_sources(tmp_path)
    a = next(s for s in specs if s.file == "a.txt")
    assert a.encoding is None
    assert "unknown encoding 'klingon'" in problems[0].reason
    assert read_source(a).encoding == "utf-8"


@pytest.mark.parametrize(
    "manifest, reason",
    [
        (b"path,source_id\na.txt,x\n", "manifest has no 'file' column"),
        (b"\x00\x01\x02\x03" * 30, "manifest unreadable"),
        (b'file,source_id\n"a.txt,x\n', "malformed CSV"),
    ],
)
def test_malformed_manifest_is_reported_and_files_still_ingested(tmp_path, manifest, reason):
    make_folder(tmp_path)
    (tmp_path / "sources.csv").write_bytes(manifest)
    specs, problems = discover_sources(tmp_path)
    assert len(specs) == 3
    assert len(problems) == 1 and problems[0].reason.startswith(reason)


def test_gbk_manifest_is_read(tmp_path):
    make_folder(tmp_path)
    (tmp_path / "sources.csv").write_bytes("file,title\na.txt,律师行业党建\n".encode("gbk"))
    specs, problems = discover_sources(tmp_path)
    assert next(s for s in specs if s.file == "a.txt").title == "律师行业党建"
    assert problems == []


# ---------------------------------------------------------------- the shipped sample


def test_shipped_sample_ingests_as_described():
    specs, problems = discover_sources(DATA)
    assert problems == []
    docs = {s.file: read_source(s) for s in specs}
    assert len(docs) < 10
    assert {f: d.encoding for f, d in docs.items() if d.status is Status.OK} == {
        "seed_liaoning_interview.txt": "utf-8",
        "hangzhou_2020_utf8.txt": "utf-8",
        "guangzhou_big5.txt": "big5",
        "chengdu_gbk.txt": "gb18030",
        "nanjing_utf16.txt": "utf-16",
        "hubei_damaged.txt": "utf-8",
        "xian_news.html": "utf-8",
    }
    assert docs["empty.txt"].status_reason == "empty file"
    hubei = docs["hubei_damaged.txt"]
    assert hubei.repair.pinyin_removed and hubei.repair.punct_fixed
    assert hubei.repair.lines_dropped == 3
    assert "党组（党委）" in hubei.clean_text
    assert docs["nanjing_utf16.txt"].published == date(2023, 2, 16)
    assert docs["xian_news.html"].published == date(2023, 1, 18)
    for doc in docs.values():
        for m in re.finditer(r"\d+", doc.clean_text):
            start, end = doc.raw_span(m.start(), m.end())
            assert doc.raw_text[start:end] == m.group()


def test_seed_document():
    specs, _ = discover_sources(DATA)
    doc = read_source(next(s for s in specs if s.source_id == "seed_liaoning_interview"))
    assert doc.status is Status.OK
    assert "全省共有律师事务所1058家，律师12599人" in doc.clean_text
    i = doc.clean_text.index("12599")
    start, end = doc.raw_span(i, i + 5)
    assert doc.raw_text[start:end] == "12599"
    assert doc.repair.mojibake_runs == 2


@needs_dev_corpus
def test_dev_corpus_ingests_without_rejections():
    specs, problems = discover_sources(DEV_CORPUS)
    assert problems == []
    docs = [read_source(s) for s in specs]
    assert len(docs) == 45
    assert all(d.status is Status.OK for d in docs), [d.status_reason for d in docs]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("http://wap.fzahw.com/news/2019/01/07/c_35282.htm", date(2019, 1, 7)),
        ("http://m.handmsg.com/page/2018/0723/11107580.shtml", date(2018, 7, 23)),
        ("https://zzrb.zynews.cn/html/2010-12/31/content_247447.htm", date(2010, 12, 31)),
        (
            "http://www.gz.chinanews.com/shzx/2024-04-25/doc-ihczupvw3714671.shtml",
            date(2024, 4, 25),
        ),
        (
            "http://news.jstv.com/a/20200415/4d251727d02c4002887ae91023370fbe.shtml",
            date(2020, 4, 15),
        ),
        (
            "http://ischool.net.cn/xwzx/PoliticsNews/201711/t20171101_11860758.htm",
            date(2017, 11, 1),
        ),
        ("http://m.cehavas.com/fzdt/newshtml/fzjd/20210615100518.htm", date(2021, 6, 15)),
        ("https://www.chinanews.com/sh/2020/07-29/9250985.shtml", date(2020, 7, 29)),
        ("http://china-news10.blogspot.com/2010/09/blog-post_4999.html", None),  # month only
        ("http://www.ahcaijing.com/html/2022/hefei_1206/355877.html", None),  # not a day
        ("http://20190107.example.com/a.html", None),  # the host is not the path
        ("https://example.com/news/2099/01/07/a.html", None),  # not in the future
        (None, None),
    ],
)
def test_publication_day_from_the_address(url, day):
    from partystats.dateline import date_from_url

    assert date_from_url(url) == day


def test_the_address_dates_a_page_only_when_nothing_printed_does(tmp_path):
    (tmp_path / "a.txt").write_text("全省共有律师事务所816家。", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "发布时间:2019-03-01\n全省共有律师事务所816家。", encoding="utf-8"
    )
    (tmp_path / "sources.csv").write_text(
        "file,url\na.txt,http://x.cn/news/2019/01/07/1.htm\nb.txt,http://x.cn/news/2019/01/07/2.htm\n",
        encoding="utf-8",
    )
    specs, _ = discover_sources(tmp_path)
    docs = {d.source_id: d for d in map(read_source, specs)}
    assert (docs["a"].published, docs["a"].published_from_url) == (date(2019, 1, 7), True)
    assert (docs["b"].published, docs["b"].published_from_url) == (date(2019, 3, 1), False)


def test_a_lower_bound_inside_a_numeral():
    from partystats.numerals import find_numbers

    (n,) = find_numbers("120多万户")
    assert (n.text, n.value, n.more_inside) == ("120多万", 1200000.0, True)
    (n,) = find_numbers("12万多家")
    assert (n.text, n.value, n.more_inside) == ("12万", 120000.0, False)


def test_tenths_written_with_liang():
    from partystats.numerals import find_numbers

    (n,) = find_numbers("覆盖率不到两成")
    assert (n.text, n.value) == ("两成", 20.0)
    assert [x.text for x in find_numbers("两成员单位")] == ["两"]


def test_tenths_and_hundredths():
    from partystats.numerals import find_numbers

    assert [(n.text, n.value) for n in find_numbers("覆盖率达到八成五，居全省前列")] == [
        ("八成五", 85.0)
    ]
    assert [(n.text, n.value) for n in find_numbers("占三成五以上")] == [("三成五", 35.0)]


def test_a_public_accounts_byline_dates_the_page():
    from partystats.dateline import find_dateline

    page = "曲靖律师\n党建｜把支部建在律所上\n原创 曲靖市律师协会 2019-11-08\n目前，曲靖市共有律师事务所71家。"
    assert find_dateline(page) == date(2019, 11, 8)
    assert find_dateline("原创 张三 某某律协 2021-03-18 10:00 发表于湖南\n") == date(2021, 3, 18)
