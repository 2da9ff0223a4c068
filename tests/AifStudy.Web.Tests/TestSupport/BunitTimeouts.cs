using System.Runtime.CompilerServices;
using Bunit;

namespace AifStudy.Web.Tests.TestSupport;

/// <summary>
/// bUnit's waits (<c>WaitForAssertion</c>, <c>WaitForElement</c>, <c>WaitForState</c>) give up after one second by
/// default. A render that follows a database write can take longer than that on a busy CI machine (a bUnit test lost
/// one such wait there), so the bound is wide: it only turns a hang into a failure, and a passing test waits no longer.
/// </summary>
internal static class BunitTimeouts
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [ModuleInitializer]
    internal static void Widen() => BunitContext.DefaultWaitTimeout = Wait;
}
