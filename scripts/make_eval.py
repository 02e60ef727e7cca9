#!/usr/bin/env python3
"""Build the extraction evaluation set from scripts/eval_articles.txt and
scripts/dev_articles.txt, scripts/blind3_articles.txt, scripts/blind4_articles.txt and
scripts/blind5_articles.txt, scripts/blind6_articles.txt, scripts/blind7_articles.txt, scripts/blind8_articles.txt, scripts/blind9_articles.txt, scripts/blind10_articles.txt (the later batches, each written blind and scored before any tuning; the fourth
holds long articles in the shape of real political news, 12-23 claims each).

Each article starts with a line `=== name.txt`. Claims are marked inline:
    {{content||Source Name|kind|Via One>Via Two}}
    {{?content||...}}          optional claim (counts neither as found nor missed)
Alternatives are separated by `/` (`Wang Yi/Minister Wang`, `state_media/news_outlet`).
Writes tests/eval/NAME (the plain article) and tests/eval/NAME.gold.json in the
format of shared/seed/*.gold.json. All articles are fictional, written for claimdesk.
"""
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
src = "".join(open(os.path.join(here, f), encoding="utf-8").read() + "\n" for f in ("eval_articles.txt", "dev_articles.txt", "blind3_articles.txt", "blind4_articles.txt", "blind5_articles.txt", "blind6_articles.txt", "blind7_articles.txt", "blind8_articles.txt", "blind9_articles.txt", "blind10_articles.txt", "blind11_articles.txt", "blind12_articles.txt", "blind13_articles.txt", "blind14_articles.txt", "blind15_articles.txt", "blind16_articles.txt", "blind17_articles.txt", "blind18_articles.txt", "blind19_articles.txt", "blind20_articles.txt", "blind21_articles.txt", "blind22_articles.txt", "blind23_articles.txt", "blind24_articles.txt", "blind25_articles.txt", "blind26_articles.txt", "blind27_articles.txt", "blind28_articles.txt", "blind29_articles.txt", "blind30_articles.txt", "blind31_articles.txt", "blind32_articles.txt", "blind33_articles.txt", "blind34_articles.txt", "blind35_articles.txt", "blind36_articles.txt", "blind37_articles.txt", "blind38_articles.txt", "blind39_articles.txt", "blind40_articles.txt", "blind41_articles.txt", "blind42_articles.txt", "blind43_articles.txt", "blind44_articles.txt", "blind45_articles.txt", "blind46_articles.txt", "blind47_articles.txt", "blind48_articles.txt", "blind49_articles.txt", "blind50_articles.txt", "blind51_articles.txt", "blind52_articles.txt", "blind53_articles.txt", "blind54_articles.txt", "blind55_articles.txt", "blind56_articles.txt", "blind57_articles.txt", "blind58_articles.txt", "blind59_articles.txt", "blind60_articles.txt", "blind61_articles.txt", "blind62_articles.txt", "blind63_articles.txt", "blind64_articles.txt", "blind65_articles.txt", "blind66_articles.txt", "blind67_articles.txt", "blind68_articles.txt", "blind69_articles.txt", "blind70_articles.txt", "blind71_articles.txt", "blind72_articles.txt", "blind73_articles.txt", "blind74_articles.txt", "blind75_articles.txt", "blind76_articles.txt", "blind77_articles.txt", "blind78_articles.txt", "blind79_articles.txt", "blind80_articles.txt", "blind81_articles.txt", "blind82_articles.txt", "blind83_articles.txt", "blind84_articles.txt", "blind85_articles.txt", "blind86_articles.txt", "blind87_articles.txt", "blind88_articles.txt", "blind89_articles.txt", "blind90_articles.txt", "blind91_articles.txt", "blind92_articles.txt", "blind93_articles.txt", "blind94_articles.txt", "blind95_articles.txt", "blind96_articles.txt", "blind97_articles.txt", "blind98_articles.txt", "blind99_articles.txt", "blind100_articles.txt", "blind101_articles.txt", "blind102_articles.txt", "blind103_articles.txt", "blind104_articles.txt", "blind105_articles.txt", "blind106_articles.txt", "blind107_articles.txt", "blind108_articles.txt", "blind109_articles.txt", "blind110_articles.txt", "blind111_articles.txt", "blind112_articles.txt", "blind113_articles.txt", "blind114_articles.txt", "blind115_articles.txt", "blind116_articles.txt", "blind117_articles.txt", "blind118_articles.txt", "blind119_articles.txt", "blind120_articles.txt", "blind121_articles.txt", "blind122_articles.txt", "probes11_articles.txt", "blind123_articles.txt", "blind124_articles.txt", "blind125_articles.txt", "blind126_articles.txt", "blind127_articles.txt", "blind128_articles.txt", "blind129_articles.txt", "blind130_articles.txt", "blind131_articles.txt", "blind132_articles.txt", "blind133_articles.txt", "blind134_articles.txt", "blind135_articles.txt", "blind136_articles.txt", "blind137_articles.txt", "blind138_articles.txt", "blind139_articles.txt", "blind140_articles.txt", "blind141_articles.txt", "blind142_articles.txt", "blind143_articles.txt", "blind144_articles.txt", "blind145_articles.txt", "blind146_articles.txt", "blind147_articles.txt", "blind148_articles.txt", "blind149_articles.txt", "blind150_articles.txt", "blind151_articles.txt", "blind152_articles.txt", "blind153_articles.txt", "blind154_articles.txt", "blind155_articles.txt", "blind156_articles.txt", "blind157_articles.txt", "blind158_articles.txt", "blind159_articles.txt", "blind160_articles.txt", "blind161_articles.txt", "blind162_articles.txt", "blind163_articles.txt", "blind164_articles.txt", "blind165_articles.txt", "blind166_articles.txt", "blind167_articles.txt", "blind168_articles.txt", "blind169_articles.txt", "blind170_articles.txt", "blind171_articles.txt", "blind172_articles.txt", "blind173_articles.txt", "blind174_articles.txt", "blind175_articles.txt", "blind176_articles.txt", "blind177_articles.txt", "blind178_articles.txt", "blind179_articles.txt", "blind180_articles.txt", "blind181_articles.txt", "blind182_articles.txt", "blind183_articles.txt", "blind184_articles.txt", "blind185_articles.txt", "blind186_articles.txt", "blind187_articles.txt", "blind188_articles.txt", "blind189_articles.txt", "blind190_articles.txt", "blind191_articles.txt", "blind192_articles.txt", "blind193_articles.txt", "blind194_articles.txt", "blind195_articles.txt", "blind196_articles.txt", "blind197_articles.txt", "blind198_articles.txt", "blind199_articles.txt", "blind200_articles.txt", "blind201_articles.txt", "blind202_articles.txt", "blind203_articles.txt", "blind204_articles.txt", "blind205_articles.txt", "blind206_articles.txt", "blind207_articles.txt", "blind208_articles.txt", "blind209_articles.txt", "blind210_articles.txt", "blind211_articles.txt", "blind212_articles.txt", "blind213_articles.txt", "blind214_articles.txt", "blind215_articles.txt", "blind216_articles.txt", "blind217_articles.txt", "blind218_articles.txt", "blind219_articles.txt", "blind220_articles.txt", "blind221_articles.txt", "blind222_articles.txt", "blind223_articles.txt", "blind224_articles.txt", "blind225_articles.txt", "blind226_articles.txt", "blind227_articles.txt", "blind228_articles.txt", "blind229_articles.txt", "blind230_articles.txt", "blind231_articles.txt", "blind232_articles.txt", "blind233_articles.txt", "blind234_articles.txt", "blind235_articles.txt", "blind236_articles.txt", "blind237_articles.txt", "blind238_articles.txt", "blind239_articles.txt", "blind240_articles.txt", "blind241_articles.txt", "blind242_articles.txt", "blind243_articles.txt", "blind244_articles.txt", "blind245_articles.txt", "blind246_articles.txt", "blind247_articles.txt", "blind248_articles.txt", "blind249_articles.txt", "blind250_articles.txt", "blind251_articles.txt", "blind252_articles.txt", "blind253_articles.txt", "blind254_articles.txt", "blind255_articles.txt", "blind256_articles.txt", "blind257_articles.txt", "blind258_articles.txt", "blind259_articles.txt", "blind260_articles.txt", "blind261_articles.txt", "blind262_articles.txt", "blind263_articles.txt", "blind264_articles.txt", "blind265_articles.txt", "blind266_articles.txt", "blind267_articles.txt", "blind268_articles.txt", "blind269_articles.txt", "blind270_articles.txt", "blind271_articles.txt", "blind272_articles.txt", "blind273_articles.txt", "blind274_articles.txt", "blind275_articles.txt", "blind276_articles.txt", "blind277_articles.txt", "blind278_articles.txt", "blind279_articles.txt", "blind280_articles.txt", "blind281_articles.txt", "blind282_articles.txt"))
out_dir = os.path.join(here, "..", "tests", "eval")
os.makedirs(out_dir, exist_ok=True)
MARK = re.compile(r"\{\{(\??)(.*?)\|\|(.*?)\}\}", re.S)

for block in re.split(r"^=== ", src, flags=re.M)[1:]:
    name, body = block.split("\n", 1)
    name = name.strip()
    body = body.strip("\n") + "\n"
    claims = []
    def repl(m):
        optional, content, meta = m.group(1), m.group(2), m.group(3)
        parts = meta.split("|")
        src_names = parts[0].split("/")
        kinds = parts[1].split("/") if len(parts) > 1 else ["publication"]
        via = [v.split("/") for v in parts[2].split(">")] if len(parts) > 2 and parts[2] else []
        c = {"text": content, "source": src_names, "kind": kinds, "via": via}
        if optional:
            c["optional"] = True
        claims.append(c)
        return content
    text = MARK.sub(repl, body)
    assert "{{" not in text and "}}" not in text, name
    for c in claims:
        assert c["text"] in text, (name, c["text"])
    open(os.path.join(out_dir, name), "w", encoding="utf-8").write(text)
    json.dump({"file": name, "claims": claims}, open(os.path.join(out_dir, name.replace(".txt", ".gold.json")), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    print(f"{name}: {len(claims)} claims")
