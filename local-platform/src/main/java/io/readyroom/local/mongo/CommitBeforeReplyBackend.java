package io.readyroom.local.mongo;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * Writes every change to the store file before the reply that acknowledges it leaves.
 * Left alone, the H2 backend commits its file in the background about once a second with
 * no journal, so a killed launcher took back up to a second of writes it had already
 * acknowledged. The server answers a request only after the backend returns, so
 * committing on the way out is enough, provided nothing else commits behind the backend's
 * back: the store must be opened with auto-commit disabled, since a background commit
 * hands its writing to another thread and would let a reply overtake it, hence
 * {@link #open}. A commit has written the new chunk to the file, which survives the
 * process being killed; it is not forced to the disk, so a power loss or an
 * operating-system crash can still take the last writes.
 */
final class CommitBeforeReplyBackend implements MongoBackend {

	/**
	 * Commands that never change the store ({@code aggregate} may, with {@code $out}).
	 */
	private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "listCollections",
			"listIndexes", "listDatabases", "hello", "isMaster", "ismaster", "ping", "buildInfo", "buildinfo",
			"killCursors", "endSessions");

	private final MongoBackend backend;

	private final MVStore file;

	private CommitBeforeReplyBackend(MongoBackend backend, MVStore file) {
		this.backend = backend;
		this.file = file;
	}

	/** Opens (or creates) the store file, committed only by this backend. */
	static CommitBeforeReplyBackend open(Path storeFile) {
		MVStore file = new MVStore.Builder().fileName(storeFile.toString()).autoCommitDisabled().open();
		return new CommitBeforeReplyBackend(new H2Backend(file), file);
	}

	@Override
	public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
		try {
			return this.backend.handleCommand(channel, databaseName, command, query);
		}
		finally {
			commitChangesOf(command);
		}
	}

	@Override
	public Document handleMessage(MongoMessage message) {
		try {
			return this.backend.handleMessage(message);
		}
		finally {
			commitChangesOf(message.getDocument().keySet().iterator().next());
		}
	}

	@Override
	public QueryResult handleQuery(MongoQuery query) {
		try {
			return this.backend.handleQuery(query);
		}
		finally {
			commitChanges();
		}
	}

	@Override
	public void dropDatabase(String database) {
		try {
			this.backend.dropDatabase(database);
		}
		finally {
			commitChanges();
		}
	}

	/**
	 * A read changed nothing and need not wait for the store lock behind other requests'
	 * commits; any other command commits, since naming every command that writes is
	 * easier to get wrong than naming the reads.
	 */
	private void commitChangesOf(String command) {
		if (!READS.contains(command)) {
			commitChanges();
		}
	}

	/**
	 * Always through the store lock, even when this request's change seems written: it
	 * may be in another request's commit that is still writing, and the lock is held
	 * until that chunk is in the file. With nothing left to write the commit returns at
	 * once.
	 */
	private void commitChanges() {
		this.file.commit();
	}

	@Override
	public void handleClose(Channel channel) {
		this.backend.handleClose(channel);
	}

	@Override
	public Collection<Document> getCurrentOperations(MongoQuery query) {
		return this.backend.getCurrentOperations(query);
	}

	@Override
	public Document getServerStatus() {
		return this.backend.getServerStatus();
	}

	@Override
	public void closeCursors(List<Long> cursorIds) {
		this.backend.closeCursors(cursorIds);
	}

	@Override
	public Clock getClock() {
		return this.backend.getClock();
	}

	@Override
	public void enableOplog() {
		this.backend.enableOplog();
	}

	@Override
	public void disableOplog() {
		this.backend.disableOplog();
	}

	@Override
	public MongoDatabase resolveDatabase(String database) {
		return this.backend.resolveDatabase(database);
	}

	@Override
	public MongoBackend version(MongoVersion version) {
		this.backend.version(version);
		return this;
	}

	@Override
	public void close() {
		this.backend.close();
	}

}
