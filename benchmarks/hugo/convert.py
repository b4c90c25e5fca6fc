"""Turns a corpus written by CorpusGenerator.java into the same blog as a Hugo site: each post a leaf bundle
(content/posts/<name>/index.md with its images beside it, hard-linked), its abbrlink as the slug so the URL is
/posts/<abbrlink>/, and Hexo's <!-- more --> as Hugo's <!--more-->. Usage: convert.py <hexo-blog> <hugo-site>"""
import os
import re
import shutil
import sys

hexo, hugo = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
os.makedirs(hugo)
shutil.copy(os.path.join(here, "hugo.toml"), hugo)
shutil.copytree(os.path.join(here, "layouts"), os.path.join(hugo, "layouts"))
posts = os.path.join(hexo, "source", "_posts")
target = os.path.join(hugo, "content", "posts")
for name in sorted(os.listdir(posts)):
    if not name.endswith(".md"):
        continue
    stem = name[:-3]
    with open(os.path.join(posts, name), encoding="utf-8") as f:
        text = f.read()
    abbrlink = re.search(r"^abbrlink: '([0-9a-f]+)'$", text, re.M).group(1)
    text = text.replace("\nabbrlink: ", "\nslug: '" + abbrlink + "'\nabbrlink: ", 1)
    text = text.replace("<!-- more -->", "<!--more-->")
    bundle = os.path.join(target, stem)
    os.makedirs(bundle)
    with open(os.path.join(bundle, "index.md"), "w", encoding="utf-8") as f:
        f.write(text)
    assets = os.path.join(posts, stem)
    if os.path.isdir(assets):
        for asset in os.listdir(assets):
            os.link(os.path.join(assets, asset), os.path.join(bundle, asset))
