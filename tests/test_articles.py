"""Reading a rule text into articles, and finding the text a spec encodes by its document number."""

from __future__ import annotations

from pathlib import Path

from govspec.articles import articles, source_file

TEXT = """烟台市某区人民政府文件
某政发〔2022〕1号
一、这是通知的一段，不是条文。
工作规则
第一章 总则
一、根据有关法律，制定本规则。
二、区长领导区政府工作。
第二章 公文
十二、公文签发权限：
（一）向上级的行文，由区长签发；
（二）其他公文，
由副区长签发。
抄送：区委有关部门。
"""


def test_articles_start_at_article_one_and_end_at_the_copy_list():
    texts = articles(TEXT)
    assert list(texts) == ["第一条", "第二条", "第十二条", "第十二条(一)", "第十二条(二)"]
    assert texts["第一条"] == "一、根据有关法律，制定本规则。"  # the notice's numbered paragraph is not article one
    assert texts["第十二条(二)"] == "（二）其他公文，\n由副区长签发。"
    assert texts["第十二条"].startswith("十二、公文签发权限：\n（一）") and "抄送" not in texts["第十二条"]


def test_the_source_text_is_the_one_carrying_the_document_number(tmp_path):
    spec = tmp_path / "rules.gov"
    spec.write_text('rules "R" source "某政发〔2022〕1号"\n', encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "other.txt").write_text("另一个文件 某政发〔2021〕9号", encoding="utf-8")
    (tmp_path / "sources" / "rules.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sources" / "binary.txt").write_bytes(b"\xff\xfe\x00")
    assert source_file(spec, "某政发〔2022〕1号") == tmp_path / "sources" / "rules.txt"
    assert source_file(spec, "某政发〔2023〕5号") is None
    assert source_file(spec, None) is None


def test_the_flagship_names_its_text_and_every_article_it_cites_is_there():
    root = Path(__file__).resolve().parent.parent
    found = source_file(root / "spec" / "penglai.gov", "烟蓬政发〔2022〕19号")
    assert found is not None
    texts = articles(found.read_text(encoding="utf-8"))
    assert len([c for c in texts if "(" not in c]) == 79
    assert "由负责政府常务工作的副区长主持区政府全面工作" in texts["第六条"]
    assert "由区长或区长委托负责政府常务工作的副区长签发" in texts["第五十六条(一)"]
