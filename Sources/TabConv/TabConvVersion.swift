/// tabconv's release version, as `--version` and the JSON `generator` member show it.
public enum TabConvVersion {
  /// The version string.
  public static let current = "0.1.0"
}
