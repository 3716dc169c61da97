package cn.gongkai.search;

/** Elasticsearch did not answer (down, unreachable, overloaded): the outbox retries writes, reads answer 503. */
class SearchUnavailableException extends RuntimeException {

    SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
