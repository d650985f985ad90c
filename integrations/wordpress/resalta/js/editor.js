// The Resalta sidebar for the block editor (WordPress 6.1+), written against
// the editor's own globals (wp.plugins, wp.editPost, wp.data, wp.annotations,
// wp.element, wp.components) so the plugin needs no build step.
//
// The main thread does little: after a pause in typing it collects the plain
// text of the title and of every rich-text field (cached per field), posts
// it to the worker (js/worker.js, which runs the Resalta package), and applies
// the highlights that come back as annotations (the core/annotations store:
// they are shown in the editor but never saved). Only what changed is
// re-annotated. Suggested tags become post tags when the author clicks.
( function ( wp ) {
	'use strict';

	const config = window.resaltaConfig || {};
	const { createElement: h, Fragment, useEffect, useMemo, useRef, useState } = wp.element;
	const { PanelBody, Button, CheckboxControl, Notice, Spinner } = wp.components;
	const { PluginSidebar, PluginSidebarMoreMenuItem } = wp.editPost;
	const { useSelect, useRegistry } = wp.data;
	const { __, sprintf, _n } = wp.i18n;
	const decode = wp.htmlEntities.decodeEntities;

	const SIDEBAR = 'resalta-sidebar';
	const SOURCE_PREFIX = 'resalta-';
	// Typing waits for a pause; a paste or a new or removed block (the
	// block count changes) is analyzed almost at once. 250 ms: a little
	// under the TipTap extension's 300, as the 1,000-word analysis takes
	// 70-110 ms in the worker (tests/wordpress.test.mjs prints it) and the
	// target is highlights within 500 ms of a paste.
	const DEBOUNCE_MS = 250;
	const STRUCTURE_MS = 30;
	const NAME_TYPES = { PER: 1, ORG: 1, LOC: 1, MISC: 1 };
	// Rich text of these blocks keeps its white space (RichText's preserveWhiteSpace),
	// so their plain text must be made the same way for offsets to match.
	const KEEPS_WHITE_SPACE = { 'core/preformatted': 1, 'core/verse': 1 };
	const SKIPPED_BLOCKS = { 'core/code': 1, 'core/html': 1, 'core/shortcode': 1 };
	const TYPE_LABELS = config.types || {};

	// Main-thread work of the plugin is measured (performance.measure) so
	// its cost can be checked: every step must stay far below a long task.
	function measured( name, fn ) {
		const start = performance.now();
		try {
			return fn();
		} finally {
			try {
				performance.measure( 'resalta:' + name, { start, end: performance.now() } );
			} catch ( e ) {
				// measure() with options is missing in old browsers: nothing to record.
			}
		}
	}

	// --- Text of the post -------------------------------------------------

	const plainTextCache = new Map();
	function plainText( html, preserveWhiteSpace ) {
		const cacheKey = ( preserveWhiteSpace ? '1' : '0' ) + html;
		let text = plainTextCache.get( cacheKey );
		if ( text === undefined ) {
			text = wp.richText.create( { html, preserveWhiteSpace } ).text;
			if ( plainTextCache.size > 2000 ) plainTextCache.clear();
			plainTextCache.set( cacheKey, text );
		}
		return text;
	}

	/** [{key: 'clientId|attribute', text}] for every rich-text field, in order. */
	function collectSegments( blocks, out ) {
		for ( const block of blocks ) {
			const type = SKIPPED_BLOCKS[ block.name ] ? null : wp.blocks.getBlockType( block.name );
			if ( type ) {
				for ( const name of Object.keys( type.attributes || {} ) ) {
					const def = type.attributes[ name ];
					const value = block.attributes[ name ];
					// Multiline fields number their offsets differently: skipped.
					if ( ( def.source !== 'html' && def.source !== 'rich-text' ) || def.multiline || typeof value !== 'string' || ! value ) continue;
					const text = plainText( value, !! KEEPS_WHITE_SPACE[ block.name ] );
					if ( text.trim() ) out.push( { key: block.clientId + '|' + name, text } );
				}
			}
			if ( block.innerBlocks && block.innerBlocks.length ) collectSegments( block.innerBlocks, out );
		}
		return out;
	}

	function postDate( select ) {
		const date = select( 'core/editor' ).getEditedPostAttribute( 'date' );
		const d = date ? new Date( date ) : new Date();
		if ( Number.isNaN( d.getTime() ) ) return '';
		const p = ( n ) => String( n ).padStart( 2, '0' );
		return d.getFullYear() + '-' + p( d.getMonth() + 1 ) + '-' + p( d.getDate() );
	}

	// --- Highlights as annotations ----------------------------------------

	const annotationKey = ( clientId, identifier, start, end, source ) => clientId + '|' + identifier + '|' + start + '|' + end + '|' + source;

	// Blocks re-annotated per task: each changed block re-renders its rich
	// text, so a whole article at once blocks the main thread (36 ms for the
	// 25-block test article on an idle two-core machine, over 60 ms for 6
	// blocks under load). How many blocks fit in a task is learned from the
	// chunks already applied: each chunk aims at TASK_BUDGET_MS, well under
	// the 50 ms of a long task, whatever the machine's speed.
	const TASK_BUDGET_MS = 16;
	const MAX_BLOCKS_PER_TASK = 8;
	let msPerBlock = 8;  // a cautious first guess: two blocks in the first task
	let applyGeneration = 0;

	/**
	 * Replaces Resalta's annotations with `highlights` of the enabled types,
	 * touching only the blocks whose annotations differ, a few blocks per
	 * task (top of the post first). A newer call cancels what is left.
	 */
	function applyHighlights( registry, highlights, types ) {
		const store = registry.select( 'core/annotations' );
		const actions = registry.dispatch( 'core/annotations' );
		if ( ! store || ! actions ) return;
		const generation = ++applyGeneration;
		// Per block, in document order: {add: [...], remove: [ids]}.
		const byBlock = new Map();
		const forBlock = ( clientId ) => {
			let entry = byBlock.get( clientId );
			if ( ! entry ) byBlock.set( clientId, ( entry = { add: new Map(), remove: [] } ) );
			return entry;
		};
		for ( const hl of highlights ) {
			if ( ! types.has( hl.type ) ) continue;
			const bar = hl.key.lastIndexOf( '|' );
			const clientId = hl.key.slice( 0, bar );
			const identifier = hl.key.slice( bar + 1 );
			const source = SOURCE_PREFIX + hl.type;
			forBlock( clientId ).add.set( annotationKey( clientId, identifier, hl.start, hl.end, source ), { clientId, identifier, start: hl.start, end: hl.end, source } );
		}
		for ( const a of store.__experimentalGetAnnotations() ) {
			if ( typeof a.source !== 'string' || a.source.indexOf( SOURCE_PREFIX ) !== 0 ) continue;
			const entry = forBlock( a.blockClientId );
			const key = annotationKey( a.blockClientId, a.richTextIdentifier, a.range && a.range.start, a.range && a.range.end, a.source );
			if ( entry.add.has( key ) ) entry.add.delete( key );  // already there
			else entry.remove.push( a.id );
		}
		const changed = [ ...byBlock.values() ].filter( ( e ) => e.add.size || e.remove.length );
		const step = ( from ) => {
			if ( generation !== applyGeneration ) return;
			const count = Math.max( 1, Math.min( MAX_BLOCKS_PER_TASK, Math.floor( TASK_BUDGET_MS / msPerBlock ) ) );
			const chunk = changed.slice( from, from + count );
			if ( ! chunk.length ) return;
			const batch = registry.batch || ( ( fn ) => fn() );  // one re-render per chunk
			const started = performance.now();
			measured( 'apply', () => batch( () => {
				for ( const entry of chunk ) {
					for ( const id of entry.remove ) actions.__experimentalRemoveAnnotation( id );
					for ( const a of entry.add.values() ) {
						actions.__experimentalAddAnnotation( {
							blockClientId: a.clientId,
							richTextIdentifier: a.identifier,
							range: { start: a.start, end: a.end },
							source: a.source,
						} );
					}
				}
			} ) );
			// Slow chunks count at once, fast ones lower the estimate gently.
			const perBlock = ( performance.now() - started ) / chunk.length;
			msPerBlock = perBlock > msPerBlock ? perBlock : Math.max( 0.5, ( msPerBlock + perBlock ) / 2 );
			if ( from + count < changed.length ) setTimeout( () => step( from + count ), 0 );
		};
		// Its own task: never inside the worker's message handler.
		setTimeout( () => step( 0 ), 0 );
	}

	function removeAllHighlights( registry ) {
		applyHighlights( registry, [], new Set() );
	}

	// --- The controller: worker, debounce, newest text wins ---------------

	function loadError( detail ) {
		return sprintf(
			/* translators: %s: what failed */
			__( 'Resalta could not load its analysis module, so nothing is highlighted. Your post is not affected. (%s)', 'resalta' ),
			detail
		);
	}

	function startController( registry, onState ) {
		let worker = null;
		let seq = 0;
		let sentBlocks = null;
		let lastBlocks = null;
		let lastTitle = null;
		let timer = null;
		let timerSoon = false;
		let highlights = [];
		let types = new Set();
		let ready = false;
		let stopped = false;

		const fail = ( message ) => {
			onState( { status: 'error', error: message } );
			removeAllHighlights( registry );
			registry.dispatch( 'core/notices' ).createWarningNotice( message, { id: 'resalta-load', isDismissible: true } );
		};

		const send = () => {
			timer = null;
			timerSoon = false;
			if ( ! ready || stopped ) return;
			const select = registry.select;
			const blocks = select( 'core/block-editor' ).getBlocks();
			const segments = measured( 'collect', () => {
				const title = decode( select( 'core/editor' ).getEditedPostAttribute( 'title' ) || '' );
				return [ { key: null, text: title } ].concat( collectSegments( blocks, [] ) );
			} );
			sentBlocks = blocks;
			seq += 1;
			onState( { busy: true } );
			worker.postMessage( { type: 'analyze', seq, segments, date: postDate( select ), lang: config.lang || 'auto' } );
		};

		const schedule = ( soon ) => {
			if ( timer && timerSoon ) return;  // already due: it sends the newest text
			if ( timer ) clearTimeout( timer );
			timerSoon = !! soon;
			timer = setTimeout( send, soon ? STRUCTURE_MS : DEBOUNCE_MS );
		};

		const onMessage = ( ev ) => {
			const msg = ev.data || {};
			if ( msg.type === 'ready' ) {
				ready = true;
				onState( { status: 'ready', version: msg.version, hasModel: msg.hasModel } );
				schedule( true );
			} else if ( msg.type === 'result' ) {
				if ( msg.seq !== seq ) return;  // a newer text is on its way
				try {
					// The worker's time, for the record (not main-thread work).
					performance.measure( 'resalta-worker:analyze', { end: performance.now(), duration: msg.ms } );
				} catch ( e ) {}
				onState( { busy: false, summary: msg.summary, ms: msg.ms, error: null } );
				// Offsets are valid only for the text they were computed on.
				if ( registry.select( 'core/block-editor' ).getBlocks() !== sentBlocks ) return;
				highlights = msg.highlights;
				applyHighlights( registry, highlights, types );
			} else if ( msg.type === 'error' ) {
				if ( msg.seq === undefined ) fail( loadError( msg.message ) );
				else if ( msg.seq === seq ) onState( { busy: false, error: sprintf( __( 'Resalta could not analyze this post: %s', 'resalta' ), msg.message ) } );
			}
		};

		if ( ! config.packageReady ) {
			fail( loadError( __( 'the package/ folder is missing from the plugin; install it from resalta.zip', 'resalta' ) ) );
			return { setTypes() {}, stop() {} };
		}
		if ( typeof Worker !== 'function' ) {
			fail( loadError( __( 'this browser has no Web Workers', 'resalta' ) ) );
			return { setTypes() {}, stop() {} };
		}
		try {
			worker = new Worker( config.workerUrl, { type: 'module' } );
		} catch ( e ) {
			fail( loadError( String( ( e && e.message ) || e ) ) );
			return { setTypes() {}, stop() {} };
		}
		worker.addEventListener( 'message', ( ev ) => measured( 'message', () => onMessage( ev ) ) );
		worker.addEventListener( 'error', ( ev ) => {
			if ( ev.preventDefault ) ev.preventDefault();
			fail( loadError( ev.message || __( 'the worker script or the package could not be loaded', 'resalta' ) ) );
		} );
		worker.postMessage( { type: 'init', lang: config.lang || 'auto' } );

		const unsubscribe = registry.subscribe( () => {
			const select = registry.select;
			const blocks = select( 'core/block-editor' ).getBlocks();
			const title = select( 'core/editor' ).getEditedPostAttribute( 'title' );
			if ( blocks === lastBlocks && title === lastTitle ) return;
			const structural = ! lastBlocks || blocks.length !== lastBlocks.length;
			lastBlocks = blocks;
			lastTitle = title;
			schedule( structural );
		} );

		return {
			setTypes( next ) {
				types = new Set( next );
				if ( ready ) applyHighlights( registry, highlights, types );
			},
			stop() {
				stopped = true;
				unsubscribe();
				if ( timer ) clearTimeout( timer );
				if ( worker ) worker.terminate();
			},
		};
	}

	// --- Tags -------------------------------------------------------------

	const sameName = ( a, b ) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

	/** The id of the tag called `name`, created when there is none. */
	async function tagId( name ) {
		const found = await wp.apiFetch( { path: wp.url.addQueryArgs( '/wp/v2/tags', { search: name, per_page: 100, _fields: 'id,name' } ) } );
		const hit = ( found || [] ).find( ( t ) => sameName( decode( t.name ), name ) );
		if ( hit ) return hit.id;
		try {
			const created = await wp.apiFetch( { path: '/wp/v2/tags', method: 'POST', data: { name } } );
			return created.id;
		} catch ( e ) {
			if ( e && e.code === 'term_exists' && e.data && e.data.term_id ) return e.data.term_id;
			throw e;
		}
	}

	async function addTags( registry, names ) {
		const ids = [];
		for ( const name of names ) ids.push( await tagId( name ) );
		const current = registry.select( 'core/editor' ).getEditedPostAttribute( 'tags' ) || [];
		const next = current.slice();
		for ( const id of ids ) if ( next.indexOf( id ) < 0 ) next.push( id );
		registry.dispatch( 'core/editor' ).editPost( { tags: next } );
	}

	// --- The sidebar ------------------------------------------------------

	function jumpTo( registry, at ) {
		if ( ! at || ! at.key ) return;
		registry.dispatch( 'core/block-editor' ).selectBlock( at.key.slice( 0, at.key.lastIndexOf( '|' ) ) );
	}

	function Item( props ) {
		return h( 'li', { className: 'resalta-item' }, props.children );
	}

	function Badge( props ) {
		return h( 'span', { className: 'resalta-badge annotation-text-' + SOURCE_PREFIX + props.type, title: TYPE_LABELS[ props.type ] || props.type }, props.type );
	}

	function EntityList( { entities, registry } ) {
		if ( ! entities.length ) return h( 'p', { className: 'resalta-empty' }, __( 'No names found yet.', 'resalta' ) );
		return h( 'ol', { className: 'resalta-list resalta-entities' }, entities.map( ( e ) => h( Item, { key: e.id },
			h( Badge, { type: e.type } ), ' ',
			h( Button, { variant: 'link', className: 'resalta-name', onClick: () => jumpTo( registry, e.at ) }, e.name ),
			e.role ? h( 'span', { className: 'resalta-role' }, ' · ' + e.role ) : null,
			h( 'span', { className: 'resalta-meta' }, ' ' + sprintf( _n( '%d mention', '%d mentions', e.mentions, 'resalta' ), e.mentions ) ),
			h( 'span', { className: 'resalta-salience', 'aria-label': sprintf( __( 'salience %d%%', 'resalta' ), Math.round( e.salience * 100 ) ) },
				h( 'span', { style: { width: Math.round( e.salience * 100 ) + '%' } } ) )
		) ) );
	}

	function QuoteList( { quotes, registry } ) {
		if ( ! quotes.length ) return h( 'p', { className: 'resalta-empty' }, __( 'No quotes found.', 'resalta' ) );
		return h( 'ul', { className: 'resalta-list resalta-quotes' }, quotes.map( ( q, i ) => h( Item, { key: i },
			h( 'q', null, q.text ),
			h( 'div', { className: 'resalta-meta' },
				q.speaker ? sprintf( __( '— %1$s (%2$s)', 'resalta' ), q.speaker, q.cue ) : __( '— speaker not found', 'resalta' ), ' ',
				h( Button, { variant: 'link', onClick: () => jumpTo( registry, q.at ) }, __( 'show', 'resalta' ) ) )
		) ) );
	}

	function SimpleList( { items, empty, render } ) {
		if ( ! items.length ) return h( 'p', { className: 'resalta-empty' }, empty );
		return h( 'ul', { className: 'resalta-list' }, items.map( ( it, i ) => h( Item, { key: i }, render( it ) ) ) );
	}

	function TagList( { tags, registry } ) {
		const [ busy, setBusy ] = useState( false );
		const [ error, setError ] = useState( null );
		const postTags = useSelect( ( select ) => select( 'core/editor' ).getEditedPostAttribute( 'tags' ), [] );
		const records = useSelect( ( select ) => ( postTags && postTags.length
			? select( 'core' ).getEntityRecords( 'taxonomy', 'post_tag', { include: postTags, per_page: -1, context: 'view' } )
			: [] ), [ postTags ] );
		if ( postTags === undefined ) return h( 'p', { className: 'resalta-empty' }, __( 'This post type has no tags.', 'resalta' ) );
		const have = ( records || [] ).map( ( r ) => decode( r.name ) );
		const isAdded = ( name ) => have.some( ( n ) => sameName( n, name ) );
		const missing = tags.filter( ( t ) => ! isAdded( t ) );
		const run = ( names ) => {
			setBusy( true );
			setError( null );
			addTags( registry, names ).catch( ( e ) => setError( ( e && e.message ) || String( e ) ) ).finally( () => setBusy( false ) );
		};
		if ( ! tags.length ) return h( 'p', { className: 'resalta-empty' }, __( 'No tags to suggest yet.', 'resalta' ) );
		return h( Fragment, null,
			error ? h( Notice, { status: 'error', isDismissible: false }, error ) : null,
			h( 'ul', { className: 'resalta-list resalta-tags' }, tags.map( ( t ) => h( Item, { key: t },
				h( 'span', { className: 'resalta-tag-name' }, t ), ' ',
				isAdded( t )
					? h( 'span', { className: 'resalta-added' }, __( 'added', 'resalta' ) )
					: h( Button, { variant: 'secondary', isSmall: true, disabled: busy, className: 'resalta-add-tag', 'aria-label': sprintf( __( 'Add tag %s', 'resalta' ), t ), onClick: () => run( [ t ] ) }, __( 'Add', 'resalta' ) )
			) ) ),
			h( Button, { variant: 'primary', disabled: busy || ! missing.length, className: 'resalta-add-all', onClick: () => run( missing ) },
				busy ? __( 'Adding…', 'resalta' ) : __( 'Add all as tags', 'resalta' ) )
		);
	}

	function TypeOptions( { types, onChange } ) {
		return h( 'div', { className: 'resalta-types' },
			Object.keys( TYPE_LABELS ).map( ( t ) => h( CheckboxControl, {
				key: t,
				label: h( Fragment, null, h( 'span', { className: 'resalta-swatch annotation-text-' + SOURCE_PREFIX + t } ), ' ', TYPE_LABELS[ t ] ),
				checked: types.indexOf( t ) >= 0,
				onChange: ( on ) => onChange( on ? types.concat( [ t ] ) : types.filter( ( x ) => x !== t ) ),
			} ) ),
			h( 'p', { className: 'resalta-meta' }, __( 'Saved for you alone.', 'resalta' ), ' ',
				config.settingsUrl ? h( 'a', { href: config.settingsUrl }, __( 'Site defaults', 'resalta' ) ) : null )
		);
	}

	function Status( { state } ) {
		if ( state.status === 'error' ) return h( Notice, { status: 'error', isDismissible: false, className: 'resalta-error' }, state.error );
		if ( state.status === 'loading' ) return h( 'p', { className: 'resalta-status' }, h( Spinner ), __( 'Loading the analyzer…', 'resalta' ) );
		const s = state.summary;
		return h( Fragment, null,
			state.error ? h( Notice, { status: 'warning', isDismissible: false }, state.error ) : null,
			h( 'p', { className: 'resalta-status', 'aria-live': 'polite' },
				s ? sprintf( __( '%1$d words · %2$s · analyzed in %3$d ms on this computer', 'resalta' ), s.words, s.lang, Math.round( state.ms || 0 ) ) : __( 'Ready.', 'resalta' ),
				state.busy ? h( Spinner ) : null )
		);
	}

	function SidebarContent( { state, types, setTypes, registry } ) {
		const s = state.summary || { entities: [], quotes: [], sources: [], dates: [], boilerplate: [], tags: [] };
		const names = s.entities.filter( ( e ) => NAME_TYPES[ e.type ] );
		return h( 'div', { className: 'resalta-sidebar' },
			h( 'div', { className: 'resalta-intro' },
				h( Status, { state } ),
				h( 'p', { className: 'resalta-meta' }, __( 'Analyzed in this browser; the text is not sent anywhere.', 'resalta' ) ) ),
			h( PanelBody, { title: __( 'Suggested tags', 'resalta' ), initialOpen: true }, h( TagList, { tags: s.tags, registry } ) ),
			h( PanelBody, { title: sprintf( __( 'Names (%d)', 'resalta' ), names.length ), initialOpen: true }, h( EntityList, { entities: names, registry } ) ),
			h( PanelBody, { title: sprintf( __( 'Quotes (%d)', 'resalta' ), s.quotes.length ), initialOpen: false }, h( QuoteList, { quotes: s.quotes, registry } ) ),
			h( PanelBody, { title: sprintf( __( 'Sources (%d)', 'resalta' ), s.sources.length ), initialOpen: false },
				h( SimpleList, { items: s.sources, empty: __( 'No credited sources.', 'resalta' ), render: ( x ) => h( Fragment, null, h( 'strong', null, x.name ), h( 'div', { className: 'resalta-meta' }, x.evidence ) ) } ) ),
			h( PanelBody, { title: sprintf( __( 'Dates (%d)', 'resalta' ), s.dates.length ), initialOpen: false },
				h( SimpleList, { items: s.dates, empty: __( 'No dates.', 'resalta' ), render: ( x ) => h( Fragment, null, x.text, x.iso ? h( 'code', { className: 'resalta-iso' }, x.iso ) : null ) } ) ),
			h( PanelBody, { title: sprintf( __( 'Boilerplate (%d)', 'resalta' ), s.boilerplate.length ), initialOpen: false },
				h( SimpleList, { items: s.boilerplate, empty: __( 'No boilerplate found.', 'resalta' ), render: ( x ) => h( Fragment, null, h( 'span', { className: 'resalta-meta' }, x.reason + ': ' ), x.text ) } ) ),
			h( PanelBody, { title: __( 'Highlight', 'resalta' ), initialOpen: false }, h( TypeOptions, { types, onChange: setTypes } ) )
		);
	}

	function ResaltaPlugin() {
		const registry = useRegistry();
		const [ state, setState ] = useState( { status: 'loading' } );
		const [ types, setTypesState ] = useState( config.userTypes || config.siteTypes || [] );
		const controller = useRef( null );

		useEffect( () => {
			const c = startController( registry, ( patch ) => setState( ( old ) => Object.assign( {}, old, patch ) ) );
			controller.current = c;
			c.setTypes( types );
			return () => c.stop();
		}, [] );

		const setTypes = useMemo( () => ( next ) => {
			setTypesState( next );
			if ( controller.current ) controller.current.setTypes( next );
			const meta = {};
			meta[ config.userMetaKey ] = next.length ? next.join( ',' ) : '-';
			wp.apiFetch( { path: '/wp/v2/users/me', method: 'POST', data: { meta } } ).catch( () => {} );
		}, [] );

		return h( Fragment, null,
			h( PluginSidebarMoreMenuItem, { target: SIDEBAR, icon: 'welcome-write-blog' }, __( 'Resalta', 'resalta' ) ),
			h( PluginSidebar, { name: SIDEBAR, title: __( 'Resalta', 'resalta' ), icon: 'welcome-write-blog' },
				h( SidebarContent, { state, types, setTypes, registry } ) )
		);
	}

	wp.plugins.registerPlugin( 'resalta', { render: ResaltaPlugin, icon: 'welcome-write-blog' } );
}( window.wp ) );
