import ArgumentParser
import TabConv

extension Format: ExpressibleByArgument {}
extension TikaLayout: ExpressibleByArgument {}
extension CSVWriter.MergedCells: ExpressibleByArgument {}
extension DocxReadOptions.Revisions: ExpressibleByArgument {}
