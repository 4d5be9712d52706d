namespace Gatehouse.Logins.Recording;

/// <summary>
/// A kept attempt as the attempt log holds it in memory: its newest details, how far it got, and whether its line
/// reached the disk (false when the disk refused it: its HA notice is then the only lasting trace and stays).
/// </summary>
internal readonly record struct KeptAttempt(LoginAttempt Attempt, AttemptState State, bool OnDisk);
