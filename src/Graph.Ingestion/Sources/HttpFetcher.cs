using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Graph.Ingestion.Configuration;
using Graph.Ingestion.Metrics;
using Graph.Ingestion.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Graph.Ingestion.Sources;

/// <summary>
/// Fetches pages and feeds: a clear User-Agent, conditional requests (ETag, Last-Modified), redirects followed by hand
/// up to a cap (a loop is named as such), bodies capped in size while they stream. Each attempt has a timeout; transient
/// failures (timeouts, 5xx, 408, 429, network errors) are retried with exponential backoff and jitter; each host has its
/// own circuit breaker, so one dead site does not slow the others.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly IngestionOptions _options;
    private readonly IngestionMetrics _metrics;
    private readonly ConcurrentDictionary<string, ResiliencePipeline> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public HttpFetcher(IngestionOptions options, IngestionMetrics metrics, HttpMessageHandler? handler = null)
    {
        _options = options;
        _metrics = metrics;
        _client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.FetchTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        {
            // The per-attempt timeout is Polly's; the client's own would not be retried.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    /// <exception cref="FetchException">The fetch failed (after retries, when transient).</exception>
    public async Task<FetchResult> FetchAsync(Uri uri, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var pipeline = _hosts.GetOrAdd(uri.Authority, _ => BuildPipeline());
        try
        {
            var result = await pipeline.ExecuteAsync(async ct => await FetchOnceAsync(uri, etag, lastModified, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            _metrics.Fetch(result.NotModified ? "not_modified" : "ok");
            return result;
        }
        catch (TimeoutRejectedException e)
        {
            _metrics.Fetch("error");
            throw new FetchException($"{uri}: no answer within {_options.FetchTimeout.TotalSeconds:0.#} s (Ingestion:FetchTimeoutSeconds)", permanent: false, inner: e);
        }
        catch (BrokenCircuitException e)
        {
            _metrics.Fetch("error");
            throw new FetchException($"{uri}: {uri.Authority} is failing; its circuit is open, not trying it for a while", permanent: false, inner: e);
        }
        catch (HttpRequestException e)
        {
            _metrics.Fetch("error");
            throw new FetchException($"{uri}: {e.Message}", permanent: false, inner: e);
        }
        catch (FetchException)
        {
            _metrics.Fetch("error");
            throw;
        }
    }

    private ResiliencePipeline BuildPipeline()
    {
        var transient = new PredicateBuilder()
            .Handle<FetchException>(e => !e.Permanent)
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>();
        return new FaultPolicy(
            Retries: Math.Max(1, _options.FetchRetries), FirstDelay: TimeSpan.FromMilliseconds(500),
            MinimumCalls: 6, SamplingWindow: TimeSpan.FromSeconds(60), BreakFor: TimeSpan.FromSeconds(30),
            AttemptTimeout: _options.FetchTimeout).Build(transient);
    }

    private async Task<FetchResult> FetchOnceAsync(Uri start, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var visited = new List<Uri> { start };
        var uri = start;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.ParseAdd("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5");
            if (etag is not null) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (lastModified is not null) request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304)
            {
                var location = response.Headers.Location ?? throw new FetchException($"{uri}: HTTP {status} redirect without a Location header", permanent: true, status);
                var next = location.IsAbsoluteUri ? location : new Uri(uri, location);
                if (visited.Contains(next))
                {
                    throw new FetchException($"{start}: redirect loop ({string.Join(" -> ", visited.Append(next))})", permanent: true, status);
                }

                if (redirects >= _options.MaxRedirects)
                {
                    throw new FetchException($"{start}: more than {_options.MaxRedirects} redirects (Ingestion:MaxRedirects)", permanent: true, status);
                }

                visited.Add(next);
                uri = next;
                continue;
            }

            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(uri, null, null, etag, lastModified);
            }

            if (!response.IsSuccessStatusCode)
            {
                var transient = status >= 500 || status is 408 or 429;
                throw new FetchException($"{uri}: HTTP {status} {response.ReasonPhrase}", permanent: !transient, status);
            }

            var body = await ReadCappedAsync(uri, response.Content, cancellationToken).ConfigureAwait(false);
            return new FetchResult(
                uri,
                body,
                response.Content.Headers.ContentType?.ToString(),
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private async Task<byte[]> ReadCappedAsync(Uri uri, HttpContent content, CancellationToken cancellationToken)
    {
        var cap = _options.MaxArticleBytes;
        if (content.Headers.ContentLength is { } length && length > cap)
        {
            throw new FetchException($"{uri}: {length:N0} bytes, larger than the {cap:N0}-byte limit (Ingestion:MaxArticleBytes)", permanent: true);
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > cap)
            {
                throw new FetchException($"{uri}: more than {cap:N0} bytes, the limit (Ingestion:MaxArticleBytes)", permanent: true);
            }
        }

        return buffer.ToArray();
    }

    public void Dispose() => _client.Dispose();
}
