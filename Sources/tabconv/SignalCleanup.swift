import ArgumentParser
import Dispatch
import TabConv

#if canImport(Glibc)
  import Glibc
#endif

/// Interrupting tabconv (SIGINT from Ctrl-C, SIGTERM, SIGHUP) leaves no partial output: the
/// temporary files being written are removed (`TemporaryFiles`) and the tool exits with 128 plus
/// the signal number (130 for SIGINT, 143 for SIGTERM), as shells report it.
///
/// The signals are taken by dispatch sources, so the clean-up runs on an ordinary thread and may
/// take the lock `AtomicFile` renames under, which a C signal handler could not.
enum SignalCleanup {
  /// The signals handled.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// The dispatch sources; they must live as long as the process.
  nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

  /// Installs the handlers; call once, first thing.
  static func install() {
    for number in signals {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler {
        TemporaryFiles.removeAllAndHold()
        _exit(128 + number)
      }
      source.resume()
      sources.append(source)
    }
  }
}

extension TabConvCommand {
  /// The entry point: signal clean-up first, then the commands.
  static func main() {
    SignalCleanup.install()
    main(nil)
  }
}
