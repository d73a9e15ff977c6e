#!/usr/bin/env python3
"""Writes the seed corpora under fuzz/corpus/<target>/: small hand-written
inputs that reach each reader's main paths, so that the fuzzers start from
valid structure instead of random bytes. Re-run after editing; the files are
committed (they are tiny)."""
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")

SENT = ("Iranian President Hassan Rouhani called for constant efforts to end the war. "
        "The U.S. Army said on Monday that it had struck two bases in Iraq.")

SEEDS = {
    "analyze_fuzz": {
        "plain": SENT,
        "dateline": "TEHRAN (Reuters) - Iran's foreign minister met his Syrian counterpart on Jan. 14, 2020.\n\n"
                    "\u201cWe will respond,\u201d he said \u2014 and left.",
        "abbrev": "Mr. Smith met Dr. Jones at 3 p.m. in Washington, D.C. He said: \"No.\" Gen. Soleimani died.",
        "unicode": "Erdo\u011fan visited M\u00fcnchen \u2013 \u00e9v\u00e9nement\u00a0cr\u00e8ve \ufb01ne \u0661\u0662 \u4e2d\u56fd",
        "clitics": "They didn't go. PEOPLE'S army won't stop; it's Iran's call (Tehran's).",
        "lines": "line one\r\nline two\rline three\n\n\nNew paragraph?!... Yes!!",
        "bom": "\ufeffSyria attacked Turkey.",
    },
    "reader_fuzz": {
        "text": "Iran strikes US base\n\n" + SENT + "\n",
        "jsonl": '{"id":"a1","date":"2020-01-14","source":"AFP","title":"T","text":"' + SENT + '"}\n'
                 '{"id":"a2","date":"2020-01-15","text":"Syria met Turkey.","extra":[1,2e3,{"k":null}]}\n\n'
                 '{"id":"a3","text":"no date"}\n',
        "jsonl_bad": '{"id":1,"date":"2020-13-40","text":"x"}\n[1,2]\n{"text":"\\ud800"}\n{bad json\n',
        "tabari": "/* comment */\n200114 AFP-1\nIran attacked\nthe base.\n\n200115 AFP-2\nSyria met Turkey.\n\n",
        "tabari_bad": "text before\n991301 X\n\n200114 Y\n",
    },
    "text_fuzz": {
        "headline": "Iran strikes US base\n\nTEHRAN (Reuters) - " + SENT + "\n",
        "crlf": "Title line\r\n\r\nBody one.\r\nBody two.\rBody three.\n",
        "bom": "\ufeffSyria met Turkey on Monday.",
        "blank": " \u00a0\u200b\n",
    },
    "jsonl_fuzz": {
        "two": '{"id":"a1","date":"2020-01-14","source":"AFP","url":"http://x","title":"T","text":"' + SENT + '"}\n'
               '{"id":"a2","date":"2020-01-15","text":"Syria met Turkey.","extra":[1,2e3,{"k":null}]}\n',
        "bad": '{"id":1,"date":"2020-13-40","text":"x"}\n[1,2]\n{"text":"\\ud800"}\n{bad json\n\n{"id":"z","text":"  "}\n',
        "pretty": '{\n  "id": "p",\n  "text": "multi-line"\n}\n',
        "escapes": '{"id":"e","date":"2020-01-14","text":"\\u00e9\\n\\t\\"quoted\\" \\ud83d\\ude00"}\r\n',
    },
    "tabari_fuzz": {
        "records": "/* comment\nblock */\n200114 AFP-1\nIran attacked\nthe base.\n\n20200115 AFP-2\nSyria met Turkey.\n\n",
        "bad": "text before\n991301 X\n\n200114 Y\n\n200114 Z\n   \n",
    },
    "petrarch_xml_fuzz": {
        "record": '<?xml version="1.0" encoding="UTF-8"?>\n<Sentences>\n'
                  '<Sentence date="20080804" id="AFP0808020625_4" source="AFP" sentence="True">\n'
                  '<EventCoding sourcecode="USA" targetcode="CHN" eventcode="042"/>\n'
                  '<Text>\nThe stopover came as the US leader prepared\nto visit China.\n</Text>\n'
                  '<Parse> (ROOT (S (NP (DT The) (NN stopover)) (VP (VBD came)) (. .))) </Parse>\n'
                  '</Sentence>\n</Sentences>\n',
        "broken": '<Sentences><Sentence date="2008" id="x"><Text>a &amp; b</Text></Sentence>'
                  '<Sentence id="y"><Text>no date</Text></Sentence>'
                  '<Sentence date="20080101"><Text>no id</Text>'
                  '<Sentence date="20080101" id="z"><Parse>(S)</Parse></Sentence><!-- c --></Sentences>',
    },
    "code_fuzz": {
        "plain": SENT,
        "compound": "Russia and China held joint naval drills near Japan, and Tokyo protested to both. "
                    "Neither of them responded.",
        "reported": "The ministry said it would expel two diplomats, accusing them of spying for Kenya, "
                    "after Uganda's army crossed the border and captured the rebels' camp.",
        "places": "Warships entered the Gulf of Aden. Talks in the Gulf of, the South China Sea and "
                  "Lake Chad stalled; \"both Koreas\" met in Panmunjom.",
        "wire": "WASHINGTON, March 3 - U.S. officials\nsaid the talks\nwith Moscow would resume.\n    "
                "\"We are ready,\" the envoy said.",
    },
    "ptb_tree_fuzz": {
        "petrarch": "(ROOT (S (NP (NNP Arnor)) (VP (AUXZ is) (VP (VBG attacking) (NP (NNP Gondor)))) (. .)))",
        "mrg": "( (S (NP-SBJ-1 (NP (NNP Tehran)) (CC and) (NP (NNP Damascus))) (VP (VBD signed) "
               "(NP (DT an) (NN accord)) (PP (IN in) (NP (-LRB- -LRB-) (NNP Syria) (-RRB- -RRB-)))) (. .)) )\n"
               "( (S (NP (-NONE- *T*-1)) (VP (VB go))) )\n",
        "unbalanced": "(ROOT (S (NP (DT The) (NN army)) (VP (VBD fired)",
    },
    "request_fuzz": {  # query string, NUL, POST /api/code body
        "filters": "from=2020-01-01&to=2020-01-31&actor=IRN&target=usagov&code=19&quad=4&negated=0&limit=10"
                   "\0" '{"text":"Iran attacked Syria.","date":"2020-01-14","id":"d1","store":true}',
        "bad": "from=2020-13-01&root=1&quad=9&location=%ff&limit=-1&limit=2\0" '{"text":1e400,"date":"x"}',
        "empty": "\0{}",
    },
    "dict_fuzz": {
        # first byte: kind (0 verbs, 1 nominals, 2 actors, 3 agents, 4 discards,
        # 5 issues, 6 options) plus 0x80 for TABARI format.
        "p2_verbs": "\x00&CURRENCY\n+DOLLAR\n+CASH_\n\n--- APPEAR [---] ---\nAPPEAR\n"
                    "GIVE {GIVES GAVE GIVEN }\n+CALL_OFF [160]\n"
                    "- * (BEFORE COURT) [:173] # reverse only\n- $ * (TO {PEACE TALKS}) [036:036]\n"
                    "- * &CURRENCY [071]\n~ a (a b ATTACK) SAY = a b 015\n",
        "p2_nominals": "\x01--- ATTACK [190] ---\nAIR_STRIKE\nCASUALTY\n",
        "p2_actors": "\x02AFGHANISTAN_  [AFG]\n+KABUL_\nHAMID_KARZAI_\n\t[AFGELI 620101-011221]\n"
                     "\t[AFGGOV >20011222]\n\t[AFGELI]\nOBAMA [USAELI <20090120]\n",
        "p2_agents": "\x03!minist!  [~GOV]\n+MINISTER\nPOLICE_ {OFFICER|OFFICERS} [~COP]\n",
        "p2_discards": "\x04SPORTS_ +\nFOOTBALL\n",
        "p2_issues": "\x05<ISSUE> NUCLEAR [NUC]\nURANIUM_ENRICHMENT\n",
        "tab_verbs": "\x80ABUS  [---] ;OY\nACT_ [100]\nFLY_ [032]\n{ FLEW_ FLOWN_ }\nABDUCT  [181]\n"
                     "- + * BY_ $  [181] ;BERT\n- *_AND_KILLED ^ %  [1823]\n"
                     "- + IN_ $ { WAS | WERE } *  [181]\nSAID_ [023?]\n"
                     "<SYNSETS>\n&CURRENCY\n+DOLLAR\n</SYNSETS>\n<TIME>\nLAST_WEEK [-7]\n</TIME>\n",
        "tab_actors": "\x82ALBRIGHT  [USAGOV 991201-010114] [---] ;ems\nARGENTIN  [ARG]\n"
                      "AFGHANISTAN_  [AFG]\n\t[AFGGOV 331108-730717]\n",
        "tab_agents": "\x83" "AMBASSADOR_  [ ~GOV] ;LRP\nHUMAN_RIGHTS_BODY_  [NGO~]\nFISHERM_ [~AGR]\n",
        "tab_options": "\x86// c\nLABEL: 010=YIELD\nLABEL: 02=COMMENT\n",
    },
}


def main():
    only = set(sys.argv[1:])
    for target, files in SEEDS.items():
        if only and target not in only:
            continue
        d = os.path.join(ROOT, target)
        os.makedirs(d, exist_ok=True)
        for name, text in files.items():
            data = text.encode("utf-8") if isinstance(text, str) else text
            if target == "dict_fuzz":  # the selector byte is raw, not UTF-8
                data = bytes([ord(text[0])]) + text[1:].encode("utf-8")
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)


if __name__ == "__main__":
    main()
