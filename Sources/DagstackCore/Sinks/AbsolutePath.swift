internal import Glibc

/// Makes a path absolute against the current directory, without resolving symlinks.
enum AbsolutePath {
    static func resolve(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        guard let cwd = getcwd(nil, 0) else { return path }
        defer { free(cwd) }
        let base = String(cString: cwd)
        return base.hasSuffix("/") ? base + path : base + "/" + path
    }
}
