namespace Gatehouse.Logins;

/// <summary>The current login figures, for whoever needs them outside an attempt (a re-published state, a check).</summary>
internal interface ILoginFiguresSource
{
    LoginFigures Current { get; }
}
