/// A block as the JSON value `DocumentJSONWriter` writes for it, built from the model's JSON
/// view (`BlockJSONView`), which is the one place that says which members a block has.
///
/// `StreamingConversionTests` and `BlockJSONViewTests` hold it equal to the writer's parsed
/// output for every seed and corpus block. The schema check accepts blocks through the view and
/// builds this value only for a block that fails, for its messages.
extension JSONValue {
  /// The JSON value of a block.
  ///
  /// - Parameter block: A paragraph or table.
  init(_ block: Block) {
    self.init(materializing: BlockJSONView(block))
  }
}
