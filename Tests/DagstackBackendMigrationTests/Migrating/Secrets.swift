import DagstackBackend
import Logging

// The code of MIGRATING.md, "Secrets". Compiled, never run.
enum Secrets {
    static func signUp(logger: Logger, email: String) {
        logger.info("signed up", metadata: ["email": "\(email, attributes: [Sensitivity.sensitive])"])
    }
}
