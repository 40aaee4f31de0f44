#!/usr/bin/env python3
"""usage: resx.py OUT_BASE  < tsv (key \t zh \t en) ; writes OUT_BASE.resx (zh, neutral) and OUT_BASE.en.resx; merges with existing"""
import sys, os, re
from xml.sax.saxutils import escape
base=sys.argv[1]
HEAD='''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype">
    <value>text/microsoft-resx</value>
  </resheader>
  <resheader name="version">
    <value>2.0</value>
  </resheader>
  <resheader name="reader">
    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
  <resheader name="writer">
    <value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
'''
def read(path):
    d={}
    if os.path.exists(path):
        s=open(path,encoding='utf-8').read()
        for m in re.finditer(r'<data name="([^"]+)"[^>]*>\s*<value>(.*?)</value>',s,re.S):
            from xml.sax.saxutils import unescape
            d[m.group(1)]=unescape(m.group(2))
    return d
zh=read(base+'.resx'); en=read(base+'.en.resx')
for line in sys.stdin:
    line=line.rstrip('\n')
    if not line.strip() or line.startswith('#'): continue
    k,z,e=line.split('\t')
    zh[k]=z; en[k]=e
def write(path,d):
    with open(path,'w',encoding='utf-8') as f:
        f.write(HEAD)
        for k in sorted(d):
            f.write(f'  <data name="{escape(k,{chr(34):"&quot;"})}" xml:space="preserve">\n    <value>{escape(d[k])}</value>\n  </data>\n')
        f.write('</root>\n')
write(base+'.resx',zh); write(base+'.en.resx',en)
