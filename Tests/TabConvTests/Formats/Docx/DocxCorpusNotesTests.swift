import Testing

@testable import TabConv

/// Notes, comments, headers, footers, text boxes and list labels of corpus files that MANIFEST.tsv
/// lists with footnote, comment, header, footer or text-box references, checked against their XML.
@Suite struct DocxCorpusNotesTests {
  @Test func `docx-rs footnotes: one footnote after "Hello"`() throws {
    let document = try DocxCorpusTests.read("docx-rs__footnotes.docx")
    #expect(
      document.blocks == [
        .paragraph(Paragraph("Hello", noteReferences: [NoteReference(kind: .footnote, id: "1", offset: 5)]))
      ])
    #expect(document.notes == [Note(kind: .footnote, id: "1", blocks: [.paragraph(Paragraph("World"))])])
  }

  @Test func `docx-rs extended comments: two comments on "world" by one author`() throws {
    let document = try DocxCorpusTests.read("docx-rs__extended_comments.docx")
    #expect(document.paragraphs.first?.text == "Hello world")
    #expect(
      document.paragraphs.first?.noteReferences == [
        NoteReference(kind: .comment, id: "1", offset: 7), NoteReference(kind: .comment, id: "2", offset: 7),
      ])
    #expect(
      document.notes == [
        Note(kind: .comment, id: "1", author: "あどみん　てすと", blocks: [.paragraph(Paragraph("yey"))]),
        Note(kind: .comment, id: "2", author: "あどみん　てすと", blocks: [.paragraph(Paragraph("yo"))]),
      ])
    #expect(document.pageFurniture == [PageFurniture(kind: .header, blocks: [])])
  }

  @Test func `Tika's testWORD_various: header, footer, footnote, text box and lists`() throws {
    let document = try DocxCorpusTests.read("tika__testWORD_various.docx")
    #expect(
      document.pageFurniture == [
        PageFurniture(
          kind: .header,
          blocks: [
            .paragraph(Paragraph("This is the header text.", style: "Header")),
            .paragraph(Paragraph("", style: "Header")),
          ]),
        PageFurniture(
          kind: .footer,
          blocks: [
            .paragraph(Paragraph("This is the footer text.", style: "Footer")),
            .paragraph(Paragraph("", style: "Footer")),
          ]),
      ])
    #expect(
      document.notes == [
        Note(
          kind: .footnote, id: "2", blocks: [.paragraph(Paragraph("\t This is a footnote.", style: "footnote text"))])
      ])
    #expect(
      Array(document.paragraphs.prefix(2)) == [
        Paragraph(
          "Footnote appears here", style: "Normal",
          noteReferences: [NoteReference(kind: .footnote, id: "2", offset: 21)]),
        Paragraph("Here is a text box", style: "Frame Contents", inTextBox: true),
      ])
    let listed = document.paragraphs.filter { $0.listLabel != nil }
    #expect(listed.map(\.listLabel) == ["•", "•", "•", "1)", "2)", "3)"])
    #expect(listed.last?.text == "3)\tNumber bullet 3")
    let tika = String(decoding: TikaTextWriter().write(document), as: UTF8.self)
    #expect(
      tika.split(separator: "\n", omittingEmptySubsequences: false).prefix(6) == [
        "This is the header text.", "", "Footnote appears here[footnoteRef:2] [2: \t This is a footnote.] ",
        "Here is a text box", "", "",
      ])
    #expect(tika.hasSuffix("\nThis is the footer text.\n\n"))
  }

  @Test func `Open XML PowerTools' Chinese counting list: labels as Word shows them, and its footer`() throws {
    let document = try DocxCorpusTests.read("openxmlpowertools__LIR009-zh-CN-chineseCounting.docx")
    // Each item's text is its own number, so the label can be checked against it.
    let items = document.paragraphs.compactMap { paragraph -> (Int, String)? in
      guard let label = paragraph.listLabel, let number = Int(paragraph.text.split(separator: "\t").last ?? "") else {
        return nil
      }
      return (number, label)
    }
    let byNumber = Dictionary(items, uniquingKeysWith: { first, _ in first })
    #expect(byNumber[1] == "一|")
    #expect(byNumber[10] == "十|")
    #expect(byNumber[11] == "十一|")
    #expect(byNumber[99] == "九十九|")
    #expect(byNumber[101] == "一○一|")
    #expect(byNumber[1234] == "一二三四|")
    #expect(items.allSatisfy { WordNumberFormat.chineseCounting($0.0) + "|" == $0.1 })
    #expect(
      document.pageFurniture == [PageFurniture(kind: .footer, blocks: [.paragraph(Paragraph("页面 22"))])])
  }

  @Test func `docx4j's getting-started guide: four footnotes and a page-number footer`() throws {
    let document = try DocxCorpusTests.read("docx4j__Docx4j_GettingStarted.docx")
    #expect(document.notes.map(\.id) == ["1", "2", "3", "4"])
    #expect(document.notes.allSatisfy { $0.kind == .footnote })
    guard case .paragraph(let third)? = document.notes[2].blocks.first else {
      Issue.record("no paragraph in footnote 3")
      return
    }
    #expect(
      third.text
        == " http://blogs.msdn.com/b/dmahugh/archive/2009/01/16/ecma-376-implementation-notes-for-office-2007-sp2.aspx")
    #expect(document.pageFurniture.first?.blocks.first == .paragraph(Paragraph("1", style: "footer")))
  }
}
