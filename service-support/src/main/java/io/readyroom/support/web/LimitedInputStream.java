package io.readyroom.support.web;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

/** A request body that fails with {@link RequestTooLargeException} past its limit. */
class LimitedInputStream extends ServletInputStream {

	private final ServletInputStream body;

	private final long maxBytes;

	private long read;

	LimitedInputStream(ServletInputStream body, long maxBytes) {
		this.body = body;
		this.maxBytes = maxBytes;
	}

	@Override
	public int read() throws IOException {
		int next = this.body.read();
		if (next >= 0) {
			count(1);
		}
		return next;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int count = this.body.read(buffer, offset, length);
		if (count > 0) {
			count(count);
		}
		return count;
	}

	private void count(int bytes) throws RequestTooLargeException {
		this.read += bytes;
		if (this.read > this.maxBytes) {
			throw new RequestTooLargeException(this.maxBytes);
		}
	}

	@Override
	public boolean isFinished() {
		return this.body.isFinished();
	}

	@Override
	public boolean isReady() {
		return this.body.isReady();
	}

	@Override
	public void setReadListener(ReadListener listener) {
		this.body.setReadListener(listener);
	}

}
