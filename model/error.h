#pragma once

#include <QString>

#include <expected>

namespace Aktenwerk::Model {

/** What went wrong, coarse enough for callers to branch on. */
enum class ErrorCode {
    InvalidArgument, ///< malformed input from the user or a caller
    NotFound,
    AlreadyExists,
    Validation,       ///< input well-formed but breaks a rule (plan code, metadata field)
    PermissionDenied, ///< the user's roles do not allow this
    ReadOnly,         ///< the object (e.g. a closed file) or the data folder is read-only
    Locked,           ///< another process holds the data folder
    Io,
    DiskFull,
    Database,
    Integrity, ///< stored data does not match its hash or its chain
    Unsupported,
    Cancelled,
    Unavailable, ///< the central server cannot be reached (offline, restarting, connection cut)
    Conflict,    ///< a concurrent change got in the way; retrying may succeed
    Internal,
};

/**
 * An error for the user and for the log: @c message is translated and says what to do,
 * @c detail carries the technical cause (errno text, SQLite message, offending value).
 */
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString detail;

    /** One line for stderr or a status bar: message, and the detail in parentheses if present. */
    QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

template<typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(detail)});
}

} // namespace Aktenwerk::Model
