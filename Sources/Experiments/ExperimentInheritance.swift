import Foundation
import ModelSpec

/// `extends: base.yaml`: an experiment inherits every key of its base and
/// overrides the ones it sets. Keys are replaced whole (a child's `scenarios`
/// replaces the base's), except `outputs`, whose keys merge one level down;
/// a key given as `null` removes the base's.
enum ExperimentInheritance {
    static func resolve(path: String, files: inout [String], depth: Int = 0) throws -> SpecNode {
        let root = try SpecDocument.load(path: path)
        files.append(path)
        guard case .mapping(let pairs) = root.value, let extendsNode = root["extends"] else { return root }
        guard depth < 8 else { throw extendsNode.error("'extends' goes more than 8 files deep (a cycle?)") }
        let relative = try extendsNode.string()
        let folder = (path as NSString).deletingLastPathComponent
        let basePath = relative.hasPrefix("/") || folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
        if files.contains(basePath) { throw extendsNode.error("'extends' makes a cycle through '\(basePath)'") }
        let base: SpecNode
        do {
            base = try resolve(path: basePath, files: &files, depth: depth + 1)
        } catch let error as LocatedError where error.file == basePath && error.message.hasPrefix("cannot read the file") {
            throw extendsNode.error("the base experiment '\(basePath)' does not exist or cannot be read")
        }
        guard case .mapping(var merged) = base.value else { throw base.error("expected an experiment mapping") }
        for (key, value) in pairs where key.scalar != "extends" {
            // `KEY: null` (or `~`) removes the base's key: a staffing plan's file drops `staffing`.
            if value.isNull {
                merged.removeAll { $0.key.scalar == key.scalar }
                continue
            }
            if let i = merged.firstIndex(where: { $0.key.scalar == key.scalar }) {
                if key.scalar == "outputs", case .mapping(let inner) = value.value, case .mapping(var baseInner) = merged[i].value.value {
                    for (k, v) in inner {
                        if v.isNull {
                            baseInner.removeAll { $0.key.scalar == k.scalar }
                        } else if let j = baseInner.firstIndex(where: { $0.key.scalar == k.scalar }) {
                            baseInner[j] = (k, v)
                        } else {
                            baseInner.append((k, v))
                        }
                    }
                    merged[i] = (key, SpecNode(.mapping(baseInner), at: value.location))
                } else {
                    merged[i] = (key, value)
                }
            } else {
                merged.append((key, value))
            }
        }
        return SpecNode(.mapping(merged), at: root.location)
    }
}

extension SpecNode {
    /// A plain `null` or `~`: in an extending file, "remove the base's key".
    var isNull: Bool { !isQuoted && ["null", "~", "Null", "NULL"].contains(scalar ?? "") }
}
