namespace Graph.Store;

/// <summary>The store cannot be reached or failed transiently; the caller may retry later. Nothing was half-written.</summary>
public sealed class StoreUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
