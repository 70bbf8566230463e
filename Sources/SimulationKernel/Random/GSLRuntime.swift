import CGSL

/// Process-wide GSL set-up.
public enum GSLRuntime {
    /// GSL's default error handler aborts the process; Runway checks results
    /// instead. Touch this before the first GSL call.
    public static let prepared: Void = {
        gsl_set_error_handler_off()
    }()
}
