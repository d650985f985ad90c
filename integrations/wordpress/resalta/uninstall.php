<?php
// Removes what the plugin stored: the site settings and each author's
// choice of highlighted types.
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
delete_option( 'resalta_settings' );
delete_metadata( 'user', 0, 'resalta_highlight_types', '', true );
