<?php
/**
 * Plugin Name:       Resalta
 * Description:       Highlights the people, organizations, places, dates, quotes and sources of a post as you write it, and suggests tags. The analysis runs in your browser: the text is never sent anywhere.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       resalta
 *
 * Everything the editor needs ships in this folder: js/ (the sidebar and
 * its worker) and package/ (the Resalta npm package: the WebAssembly module
 * and the entity models). The PHP side only registers the scripts, the
 * settings page and two stored preferences; it never reads post text.
 */

defined( 'ABSPATH' ) || exit;

const RESALTA_OPTION    = 'resalta_settings';
const RESALTA_USER_META = 'resalta_highlight_types';

/** The types the sidebar can highlight, with their labels. */
function resalta_types() {
	return array(
		'PER'         => __( 'People', 'resalta' ),
		'ORG'         => __( 'Organizations', 'resalta' ),
		'LOC'         => __( 'Places', 'resalta' ),
		'MISC'        => __( 'Other names', 'resalta' ),
		'ROLE'        => __( 'Roles and titles', 'resalta' ),
		'DEMONYM'     => __( 'Demonyms', 'resalta' ),
		'DATE'        => __( 'Dates', 'resalta' ),
		'TIME'        => __( 'Times', 'resalta' ),
		'DURATION'    => __( 'Durations', 'resalta' ),
		'QUANTITY'    => __( 'Quantities', 'resalta' ),
		'MONEY'       => __( 'Money', 'resalta' ),
		'PERCENT'     => __( 'Percentages', 'resalta' ),
		'QUOTE'       => __( 'Quotes', 'resalta' ),
		'BOILERPLATE' => __( 'Boilerplate', 'resalta' ),
	);
}

function resalta_default_settings() {
	return array(
		'lang'  => 'auto',
		'types' => array( 'PER', 'ORG', 'LOC', 'MISC', 'DATE', 'TIME', 'QUANTITY', 'MONEY', 'PERCENT' ),
	);
}

/** Keeps only known languages and types; anything else falls back to the defaults. */
function resalta_sanitize_settings( $value ) {
	$defaults = resalta_default_settings();
	$value    = is_array( $value ) ? $value : array();
	$lang     = isset( $value['lang'] ) && in_array( $value['lang'], array( 'auto', 'es', 'en' ), true ) ? $value['lang'] : $defaults['lang'];
	$types    = isset( $value['types'] ) && is_array( $value['types'] )
		? array_values( array_intersect( array_keys( resalta_types() ), array_map( 'strval', $value['types'] ) ) )
		: $defaults['types'];
	return array(
		'lang'  => $lang,
		'types' => $types,
	);
}

function resalta_settings() {
	return resalta_sanitize_settings( get_option( RESALTA_OPTION, resalta_default_settings() ) );
}

add_action(
	'init',
	function () {
		register_setting(
			'resalta',
			RESALTA_OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => 'resalta_sanitize_settings',
				'default'           => resalta_default_settings(),
			)
		);
		// Each author's own choice of highlighted types (the sidebar's
		// checkboxes), saved through /wp/v2/users/me; empty: the site's.
		register_meta(
			'user',
			RESALTA_USER_META,
			array(
				'type'              => 'string',
				'single'            => true,
				'default'           => '',
				'show_in_rest'      => true,
				// "PER,ORG,...", or "-" for none at all ("" means the site's).
				'sanitize_callback' => function ( $value ) {
					$types = array_intersect( array_keys( resalta_types() ), explode( ',', (string) $value ) );
					return $types ? implode( ',', $types ) : ( '' === (string) $value ? '' : '-' );
				},
				'auth_callback'     => function ( $allowed, $key, $user_id ) {
					return get_current_user_id() === (int) $user_id;
				},
			)
		);
	}
);

add_action(
	'enqueue_block_editor_assets',
	function () {
		$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
		if ( $screen && 'post' !== $screen->base ) {
			return;  // The site and widget editors have no post to analyze.
		}
		$dir     = plugin_dir_path( __FILE__ );
		$version = get_file_data( __FILE__, array( 'Version' => 'Version' ) )['Version'];
		wp_enqueue_style( 'resalta-editor', plugins_url( 'css/editor.css', __FILE__ ), array(), $version );
		wp_enqueue_script(
			'resalta-editor',
			plugins_url( 'js/editor.js', __FILE__ ),
			array( 'wp-plugins', 'wp-edit-post', 'wp-element', 'wp-components', 'wp-data', 'wp-annotations', 'wp-rich-text', 'wp-block-editor', 'wp-blocks', 'wp-editor', 'wp-api-fetch', 'wp-url', 'wp-i18n', 'wp-notices', 'wp-html-entities' ),
			$version,
			true
		);
		$settings = resalta_settings();
		$mine     = (string) get_user_meta( get_current_user_id(), RESALTA_USER_META, true );
		$config   = array(
			'workerUrl'    => plugins_url( 'js/worker.js', __FILE__ ),
			'packageReady' => file_exists( $dir . 'package/index.js' ),
			'lang'         => $settings['lang'],
			'siteTypes'    => $settings['types'],
			'userTypes'    => '' === $mine ? null : array_values( array_intersect( explode( ',', $mine ), array_keys( resalta_types() ) ) ),
			'types'        => resalta_types(),
			'settingsUrl'  => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=resalta' ) : '',
			'userMetaKey'  => RESALTA_USER_META,
		);
		wp_add_inline_script( 'resalta-editor', 'window.resaltaConfig = ' . wp_json_encode( $config ) . ';', 'before' );
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( __( 'Resalta', 'resalta' ), __( 'Resalta', 'resalta' ), 'manage_options', 'resalta', 'resalta_settings_page' );
	}
);

function resalta_settings_page() {
	$settings = resalta_settings();
	$langs    = array(
		'auto' => __( 'Detect for each post', 'resalta' ),
		'es'   => __( 'Spanish', 'resalta' ),
		'en'   => __( 'English', 'resalta' ),
	);
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Resalta', 'resalta' ); ?></h1>
		<p><?php esc_html_e( 'Resalta analyzes posts in the block editor, in the author\'s browser. No text is sent to this server or anywhere else until the post is saved as usual.', 'resalta' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'resalta' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="resalta-lang"><?php esc_html_e( 'Language of the posts', 'resalta' ); ?></label></th>
					<td>
						<select id="resalta-lang" name="<?php echo esc_attr( RESALTA_OPTION ); ?>[lang]">
							<?php foreach ( $langs as $code => $label ) : ?>
								<option value="<?php echo esc_attr( $code ); ?>" <?php selected( $settings['lang'], $code ); ?>><?php echo esc_html( $label ); ?></option>
							<?php endforeach; ?>
						</select>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Highlight by default', 'resalta' ); ?></th>
					<td>
						<fieldset>
							<input type="hidden" name="<?php echo esc_attr( RESALTA_OPTION ); ?>[types][]" value="">
							<?php foreach ( resalta_types() as $type => $label ) : ?>
								<label><input type="checkbox" name="<?php echo esc_attr( RESALTA_OPTION ); ?>[types][]" value="<?php echo esc_attr( $type ); ?>" <?php checked( in_array( $type, $settings['types'], true ) ); ?>> <?php echo esc_html( $label ); ?></label><br>
							<?php endforeach; ?>
							<p class="description"><?php esc_html_e( 'Each author can change these in the Resalta sidebar; their choice is kept for them alone.', 'resalta' ); ?></p>
						</fieldset>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
