public import LogFacade

/// How sensitive a metadata value is: a swift-log metadata value attribute (SLG-0004).
///
/// Mark a value in an interpolation, `"\(email, attributes: [Sensitivity.sensitive])"`, or with
/// `.attributed(email, attributes: [Sensitivity.sensitive])`. The dagstack backend writes a
/// sensitive value as `"***"` before any sink sees it, wherever it sits (top level, inside a
/// dictionary or an array), in addition to the suffix rules of redaction. Values without the
/// attribute, or marked ``public``, are written as they are. Other handlers ignore the attribute.
///
/// An interpolation with one sensitive segment makes the whole value sensitive. When several
/// segments carry this attribute, the facade keeps the last one's value, so mark only the
/// sensitive segments rather than marking the others ``public``.
public enum Sensitivity: Int64, Logger.MetadataValueAttributes.Attribute {
    /// The value may be written as it is (the default for values without the attribute).
    case `public` = 0
    /// The value is masked as `"***"` by the dagstack backend.
    case sensitive = 1
}
