"""Writes edge-cases.docx: the Word table markup LibreOffice never writes (gridBefore, gridAfter, hMerge, a nested
table, a content control), by hand, so that the reader's handling of it is tested. Run once: python3 make-edge-cases.py"""
import zipfile

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def p(*runs):
    return '<w:p>' + ''.join(runs) + '</w:p>'


def r(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def tc(*content, pr=''):
    body = ''.join(content) or p()
    return f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/>{pr}</w:tcPr>{body}</w:tc>'


def tr(*cells, pr=''):
    return f'<w:tr>{"<w:trPr>" + pr + "</w:trPr>" if pr else ""}{"".join(cells)}</w:tr>'


def tbl(columns, *rows):
    grid = ''.join('<w:gridCol w:w="2000"/>' for _ in range(columns))
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'


nested = tbl(2, tr(tc(p(r('内1'))), tc(p(r('内2')))))
body = ''.join([
    p(r('项目名称'), '<w:r><w:tab/></w:r>', r('绩效目标')),
    p(),
    tbl(4,
        tr(tc(p(r('甲')), pr='<w:gridSpan w:val="2"/>'), tc(p(r('乙'))),
           pr='<w:gridBefore w:val="1"/>'),
        tr(tc(p(r('一级')), pr='<w:vMerge w:val="restart"/>'), tc(p(r('x'))), tc(p(r('y'))), tc(p(r('z')))),
        tr(tc(p(r('不应出现')), pr='<w:vMerge/>'), tc(p(r('第一行')), p(r('第二行')), p()),
           tc(p(r('横向')), pr='<w:hMerge w:val="restart"/>'), tc(p(r('残留')), pr='<w:hMerge/>')),
        tr(tc(p('<w:r><w:t>上</w:t><w:br/><w:t>下</w:t></w:r>')), tc(p(r('  两端空格  '))),
           tc(p(r('外')), nested, p()), pr='<w:gridAfter w:val="1"/>')),
    '<w:sdt><w:sdtPr/><w:sdtContent>' + p(r('内容控件中的段落')) + '</w:sdtContent></w:sdt>',
    p(r('结尾')),
])
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>{body}'
            '<w:sectPr/></w:body></w:document>')
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument'
                 '.wordprocessingml.document.main+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
with zipfile.ZipFile('edge-cases.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    for name, text in (('[Content_Types].xml', content_types), ('_rels/.rels', rels), ('word/document.xml', document)):
        z.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)
