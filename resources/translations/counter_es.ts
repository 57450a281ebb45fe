<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="es">
<context>
    <name>AttentionDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="27"/>
        <source>Necesita atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="32"/>
        <source>Cambios que el servidor no aceptó (se conservan aquí y no se reenvían) y casos abiertos de la tienda. La central los revisa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Tipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Sobre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="39"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="44"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="57"/>
        <source>Cambio rechazado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="58"/>
        <source>Saldo de puntos en negativo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/attention/attention_dialog.py" line="59"/>
        <source>Venta a revisar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="45"/>
        <source>Código de producto (F3) y Intro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="47"/>
        <source>Añadir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="67"/>
        <source>Una unidad menos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="68"/>
        <source>Una unidad más</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="69"/>
        <source>Cantidad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="70"/>
        <source>Dto. línea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="71"/>
        <source>Quitar línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="72"/>
        <source>Dto. ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="91"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="93"/>
        <source>Descuentos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="96"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="99"/>
        <source>Cobrar (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="104"/>
        <source>Venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="180"/>
        <source>Cantidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="180"/>
        <source>Unidades:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="195"/>
        <source>Descuento de línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="204"/>
        <source>Descuento de ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="234"/>
        <source>IVA {rate} %: {vat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="240"/>
        <source>Sin cliente: esta venta no suma puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_panel.py" line="243"/>
        <source>Puntos de esta venta: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartTableModel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="35"/>
        <source>Producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="36"/>
        <source>Cant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="37"/>
        <source>Precio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="38"/>
        <source>Dto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/cart_table_model.py" line="39"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="58"/>
        <source>Cámara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="61"/>
        <source>Devolución (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="63"/>
        <source>Tickets (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="65"/>
        <source>Nueva venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="67"/>
        <source>Cambiar usuario (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="190"/>
        <source>Cámara activa: muestre el código a la cámara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/counter_screen.py" line="193"/>
        <source>No se puede usar la cámara: {r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountDialog</name>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="32"/>
        <source>Porcentaje (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="33"/>
        <source>Importe (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/widgets/amount_dialog.py" line="39"/>
        <source>0 para quitar el descuento</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="21"/>
        <source>El código {code} no es válido (dígito de control incorrecto). Vuelva a escanearlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="25"/>
        <source>No hay ningún producto con el código {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="26"/>
        <source>«{name}» ({code}) está dado de baja y no se puede vender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="29"/>
        <source>La cantidad debe ser un número entero entre 1 y 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="32"/>
        <source>«{text}» no es un importe válido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="33"/>
        <source>Su perfil permite descuentos de hasta el {limit} %. Pida a un encargado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="36"/>
        <source>No hay ningún producto en el ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="37"/>
        <source>Faltan {missing} por cobrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="38"/>
        <source>Código o PIN incorrecto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="39"/>
        <source>Demasiados intentos. Código bloqueado {minutes} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="42"/>
        <source>Esta tableta lleva más de {days} días sin conectar con la central: conéctela a la red y sincronice para iniciar sesión.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="47"/>
        <source>Su perfil no permite esta operación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="48"/>
        <source>No se encuentra el ticket {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="49"/>
        <source>Solo quedan {left} unidades de «{name}» por devolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="52"/>
        <source>Cliente no encontrado en esta tienda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="53"/>
        <source>El DNI/NIE «{text}» no es válido: revise la letra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="56"/>
        <source>«{text}» no es un teléfono válido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="57"/>
        <source>«{text}» no es un e-mail válido.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/errors.py" line="59"/>
        <source>Algo ha fallado. No se ha guardado nada a medias; vuelva a intentarlo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="28"/>
        <source>Historial de tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="33"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="40"/>
        <source>Reimprimir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/history_dialog.py" line="42"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="48"/>
        <source>Tarjeta, teléfono, DNI/NIE, e-mail o nombre (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Importe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Puntos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="71"/>
        <source>Compra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="77"/>
        <source>Quitar cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="87"/>
        <source>Últimas compras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="93"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="127"/>
        <source>socia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="127"/>
        <source>no socia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="132"/>
        <source>Ningún cliente encontrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="184"/>
        <source>Socia del club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="184"/>
        <source>No socia</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="188"/>
        <source>%n punto(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="191"/>
        <source>Tarjeta {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="197"/>
        <source>Socia desde {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/identify_panel.py" line="200"/>
        <source>Cumpleaños el {d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="33"/>
        <source>Identifíquese para empezar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="35"/>
        <source>Código de empleado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="36"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="44"/>
        <source>Entrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/login/login_screen.py" line="92"/>
        <source>Escriba su código y su PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="24"/>
        <source>Loyalty Counter — {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="46"/>
        <source>Tienda {store} · Terminal {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="97"/>
        <source>Usuario: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="99"/>
        <source>Sin usuario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="150"/>
        <source>Cambios sin enviar</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/main_window.py" line="152"/>
        <source>Hay %n cambio(s) sin enviar al servidor. Se enviarán la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</source>
        <translation>
            <numerusform>Hay %n cambio sin enviar al servidor. Se enviará la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</numerusform>
            <numerusform>Hay %n cambios sin enviar al servidor. Se enviarán la próxima vez que se abra la aplicación con conexión. ¿Cerrar igualmente?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="161"/>
        <source>● En línea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="163"/>
        <source>● Sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="133"/>
        <source>%n cambio(s) pendiente(s) de sincronizar</source>
        <translation>
            <numerusform>%n cambio pendiente de sincronizar</numerusform>
            <numerusform>%n cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="111"/>
        <source>dependiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="112"/>
        <source>asesora de belleza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/main_window.py" line="113"/>
        <source>encargada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="30"/>
        <source>Cobrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="35"/>
        <source>Total a cobrar: {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="49"/>
        <source>Todo con tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="51"/>
        <source>Efectivo exacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="58"/>
        <source>Confirmar cobro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="61"/>
        <source>Volver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="65"/>
        <source>Tarjeta (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="68"/>
        <source>Efectivo entregado (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/payment_dialog.py" line="102"/>
        <source>Cambio: {c}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="45"/>
        <source>Ticket {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="50"/>
        <source>Preparando el ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="56"/>
        <source>Imprimir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="57"/>
        <source>Guardar PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="58"/>
        <source>Nueva venta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="87"/>
        <source>Total: &lt;b&gt;{t}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="92"/>
        <source>&lt;span style=&apos;font-size:28px&apos;&gt;Cambio: &lt;b&gt;{c}&lt;/b&gt;&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="98"/>
        <source>Puntos: {p} · Saldo: {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="114"/>
        <source>No se ha podido preparar el ticket: {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/receipt_dialog.py" line="123"/>
        <source>Guardar ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="35"/>
        <source>Devolución</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="38"/>
        <source>Escanee el QR del ticket o escriba su número</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="40"/>
        <source>Buscar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Producto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Vendidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <source>Ya devueltas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="47"/>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="54"/>
        <source>Devolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="52"/>
        <source>Reembolso en efectivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="53"/>
        <source>Reembolso a tarjeta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="57"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="89"/>
        <source>Ticket {n} del {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/counter/return_dialog.py" line="122"/>
        <source>Indique cuántas unidades se devuelven.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="72"/>
        <source>Configurar este terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="77"/>
        <source>Registrar este terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="80"/>
        <source>Es la primera vez que se abre la aplicación en este terminal. Escriba la dirección del servidor, el código de la tienda y el código de registro que le ha dado la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="93"/>
        <source>Dirección del servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="94"/>
        <source>Código de tienda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="95"/>
        <source>Código de registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="106"/>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="241"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="108"/>
        <source>Registrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="139"/>
        <source>La dirección del servidor empieza por http:// o https://, por ejemplo http://192.168.1.10:8000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="145"/>
        <source>El código de tienda solo lleva letras y números, como S001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="149"/>
        <source>El código de registro tiene 12 letras y números: XXXX-XXXX-XXXX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="174"/>
        <source>Registrando el terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="199"/>
        <source>No se puede conectar con el servidor {url}. Compruebe la dirección y que el terminal tenga red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="204"/>
        <source>El servidor necesita una versión más nueva de esta aplicación. Actualícela antes de registrar el terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="208"/>
        <source>El servidor no responde bien ahora. Inténtelo en unos minutos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="210"/>
        <source>Este terminal ya está registrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="214"/>
        <source>El código de registro no es válido para la tienda {store}. Compruebe los dos códigos o pida uno nuevo a la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="218"/>
        <source>Este código de registro ya se ha usado. Pida uno nuevo a la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="221"/>
        <source>Este código de registro ha caducado. Pida uno nuevo a la central.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="225"/>
        <source>El servidor no ha aceptado el registro ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="235"/>
        <source>Terminal {device} de {store} registrado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="240"/>
        <source>Descargando los datos de la tienda: catálogo, personal y clientes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="246"/>
        <source>Primera sincronización</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/screens/setup/setup_wizard.py" line="262"/>
        <source>Deteniendo la descarga; seguirá en segundo plano…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="66"/>
        <source>Sincronizar ahora</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="129"/>
        <source>Revisar (%n)</source>
        <translation>
            <numerusform>Revisar (%n)</numerusform>
            <numerusform>Revisar (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="131"/>
        <source>● Sin servidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="141"/>
        <source>Este terminal no está registrado en ningún servidor: no se sincroniza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="162"/>
        <source>● Sincronizando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="164"/>
        <source>● La sincronización no avanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="165"/>
        <source>● Terminal dado de baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="166"/>
        <source>● Hay que actualizar la aplicación</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="171"/>
        <source>%n cambio(s) pendiente(s)</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="174"/>
        <source>(desde {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="176"/>
        <source>Sin cambios pendientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="178"/>
        <source>%n cambio(s) rechazado(s)</source>
        <translation>
            <numerusform>%n cambio rechazado</numerusform>
            <numerusform>%n cambios rechazados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="181"/>
        <source>última sincronización {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="184"/>
        <source>aún sin sincronizar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="189"/>
        <source>No se puede contactar con el servidor. Las ventas se guardan aquí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="191"/>
        <source>Siguiente intento: {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="197"/>
        <source>El servidor responde, pero hay cambios que no se envían. Avise a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="200"/>
        <source>La central ha dado de baja este terminal. Avise a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="202"/>
        <source>El servidor no admite esta versión de la aplicación. Avise a soporte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="208"/>
        <source>hace %n min</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="210"/>
        <source>hace %n h</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../pos_client/ui/sync_status.py" line="211"/>
        <source>hace %n día(s)</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="222"/>
        <source>Terminal dado de baja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="224"/>
        <source>La central ha dado de baja este terminal y ya no se sincroniza con el servidor.

Las ventas se siguen guardando aquí y no se pierde nada. Avise a soporte para volver a registrarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="229"/>
        <source>Hay que actualizar la aplicación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../pos_client/ui/sync_status.py" line="231"/>
        <source>El servidor ya no admite esta versión de la aplicación.

Las ventas se siguen guardando aquí y se enviarán cuando la aplicación esté actualizada. Avise a soporte para actualizarla.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
