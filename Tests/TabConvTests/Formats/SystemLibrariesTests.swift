import CLibXML2
import CZip
import Testing

/// The build proves libzip and libxml2 link only if something calls into them.
@Suite struct SystemLibrariesTests {
  @Test func `libzip reports its version and refuses bytes that are not a zip`() throws {
    let version = String(cString: zip_libzip_version())
    #expect(version.split(separator: ".").count >= 2)
    var error = zip_error_t()
    zip_error_init(&error)
    defer { zip_error_fini(&error) }
    let bytes = Array("this is plain text, long enough to hold a zip end record if it were one".utf8)
    let archive = bytes.withUnsafeBytes { buffer -> OpaquePointer? in
      let source = zip_source_buffer_create(buffer.baseAddress, zip_uint64_t(buffer.count), 0, &error)
      #expect(source != nil)
      let archive = zip_open_from_source(source, ZIP_RDONLY, &error)
      if archive == nil { zip_source_free(source) }
      return archive
    }
    #expect(archive == nil)
    #expect(zip_error_code_zip(&error) == ZIP_ER_NOZIP)
  }

  @Test func `libxml2 parses a small document from memory`() throws {
    let xml = "<a><b>text</b></a>"
    let document = xml.withCString { pointer in
      xmlReadMemory(pointer, Int32(xml.utf8.count), "test.xml", nil, Int32(XML_PARSE_NONET.rawValue))
    }
    #expect(document != nil)
    let root = xmlDocGetRootElement(document)
    #expect(root.map { String(cString: $0.pointee.name) } == "a")
    xmlFreeDoc(document)
    #expect(String(cString: tabconv_libxml2_version()).hasPrefix("2."))
  }
}
